import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_STATUSES,
  PRIVACY_SUBJECT_TYPES,
  type ErasureInput,
  type OwnErasureRequestInput,
  type PrivacyRequestCloseInput,
  type PrivacyRequestInput,
  type PrivacyRequestKind,
  type PrivacyRequestStatus,
  type PrivacySubjectType,
} from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';

export class PrivacyRequestDto implements PrivacyRequestInput {
  @ApiProperty({ enum: PRIVACY_REQUEST_KINDS })
  @IsIn(PRIVACY_REQUEST_KINDS)
  kind!: PrivacyRequestKind;

  @ApiProperty({ enum: PRIVACY_SUBJECT_TYPES })
  @IsIn(PRIVACY_SUBJECT_TYPES)
  subjectType!: PrivacySubjectType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subjectId!: string;

  @ApiProperty({ example: '2026-12-02' })
  @IsISO8601({ strict: true, strictSeparator: true })
  receivedOn!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class PrivacyRequestListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PRIVACY_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(PRIVACY_REQUEST_STATUSES)
  status?: PrivacyRequestStatus;
}

export class PrivacyRequestCloseDto implements PrivacyRequestCloseInput {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  rejected?: boolean;
}

export class ErasureDto implements ErasureInput {
  @ApiProperty({ description: 'The subject’s current name, typed again: erasure cannot be undone.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  confirmName!: string;
}

export class OwnErasureRequestDto implements OwnErasureRequestInput {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
