import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AwardCategoryInput, NominationInput, PublicNominationInput } from '@miteinander/contracts';
import { trim } from '@miteinander/server-people';

/** Lengths are checked by categoryProblems, so the message says "1 to 200 characters" and names the field. */
export class AwardCategoryDto implements AwardCategoryInput {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  name!: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  description = '';
}

/** Exactly one nominee and the reason's length are checked by nominationProblems (one 400 listing both). */
export class NominationDto implements NominationInput {
  @ApiProperty()
  @IsUUID()
  categoryId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  reason!: string;
}

export class PublicNominationDto extends NominationDto implements PublicNominationInput {
  @ApiProperty({ description: 'The token from the nomination link' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class NominationWinnerDto {
  @ApiProperty()
  @IsBoolean()
  winner!: boolean;
}

export class NominationRequestsDto {
  @ApiPropertyOptional({ type: [String], description: 'Only these organisations; all with a contact when left out' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  organisationIds?: string[];
}

export class NominationTokenQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;
}
