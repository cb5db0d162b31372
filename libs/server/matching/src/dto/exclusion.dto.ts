import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { CreateMatchExclusionRequest } from '@miteinander/contracts';
import { trim } from '@miteinander/server-people';

export class CreateExclusionDto implements CreateMatchExclusionRequest {
  @ApiProperty()
  @IsUUID()
  volunteerId!: string;

  @ApiProperty({ minLength: 1, maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
