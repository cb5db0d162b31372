import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import type { CheckInBatch, CheckInRequest } from '@miteinander/contracts';

/** One scan or name-search pick; that exactly one of code / invitationId is given is checked by the service. */
export class CheckInRequestDto implements CheckInRequest {
  @ApiPropertyOptional({ description: 'The admission code as scanned or typed (K7QM-3XZP-9TRA)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  invitationId?: string;

  // Not refused when odd: one bad clock must not fail a whole offline batch; an unusable time means "now".
  @ApiPropertyOptional({ description: 'When the phone recorded the check-in (ISO), for an offline queue' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  scannedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  clientRef?: string;
}

export class CheckInBatchDto implements CheckInBatch {
  @ApiProperty({ type: [CheckInRequestDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CheckInRequestDto)
  items!: CheckInRequestDto[];
}
