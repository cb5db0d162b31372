import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  CARD_APPLICATION_SORT_FIELDS, CARD_APPLICATION_STATUSES, CARD_INELIGIBILITY_REASONS, CARD_REPORT_GROUPS, CARD_REPORT_SORT_FIELDS,
  type CardApplicationListQuery, type CardApplicationSortField, type CardApplicationStatus, type CardDecisionRequest, type CardIneligibilityReason,
  type CardReportGroup, type CardReportQuery, type CardReportSortField, type CardRuleParameters, type CreateCardApplicationRequest,
  type CreateCardRuleVersionRequest, type PublicCardConfirmationRequest, type RecordConfirmationRequest, type RevokeCardRequest,
} from '@miteinander/contracts';
import { IsCalendarDate, trim, trimOrNull } from '@miteinander/server-people';
import { PageQuery } from '@miteinander/server-platform';

export class CardReportQueryDto extends PageQuery implements CardReportQuery {
  @ApiPropertyOptional({ enum: CARD_REPORT_GROUPS })
  @IsOptional()
  @IsIn(CARD_REPORT_GROUPS)
  group?: CardReportGroup;

  @ApiPropertyOptional({ enum: CARD_INELIGIBILITY_REASONS })
  @IsOptional()
  @IsIn(CARD_INELIGIBILITY_REASONS)
  reason?: CardIneligibilityReason;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CARD_REPORT_SORT_FIELDS })
  @IsOptional()
  @IsIn(CARD_REPORT_SORT_FIELDS)
  sort?: CardReportSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';
}

export class CardReportExportDto extends CardReportQueryDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

export class CardApplicationListQueryDto extends PageQuery implements CardApplicationListQuery {
  @ApiPropertyOptional({ enum: CARD_APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(CARD_APPLICATION_STATUSES)
  status?: CardApplicationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: CARD_APPLICATION_SORT_FIELDS })
  @IsOptional()
  @IsIn(CARD_APPLICATION_SORT_FIELDS)
  sort?: CardApplicationSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';
}

/** The volunteer's own application: no volunteerId (it is theirs). */
export class OwnCardApplicationDto implements CreateCardApplicationRequest {
  @ApiPropertyOptional({ description: 'Allowance (Aufwandsentschädigung) received per month, in cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  declaredAllowanceCentsPerMonth?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  renewalOf?: string | null;
}

export class StaffCardApplicationDto extends OwnCardApplicationDto {
  @ApiProperty()
  @IsUUID()
  volunteerId!: string;
}

export class CardDecisionDto implements CardDecisionRequest {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class RecordConfirmationDto implements RecordConfirmationRequest, PublicCardConfirmationRequest {
  @ApiProperty()
  @IsBoolean()
  confirm!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class RevokeCardDto implements RevokeCardRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class CardRuleVersionDto implements CreateCardRuleVersionRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDate()
  effectiveFrom!: string;

  /** Shape-checked by the service (a union of kinds does not map onto decorators), ranges by the domain rules. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  parameters!: CardRuleParameters;
}

export class TokenQuery {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

export class VerifyQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  code!: string;
}
