import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { HOUR_ENTRY_STATUSES, HOUR_SORT_FIELDS, type HourEntryStatus, type HourSortField } from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';
import { IsCalendarDate } from './calendar-date.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty note is no note. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** Shape only; the rules (quarter hours, 24 h a day, future, period lock, organisation) are checked by the service. */
export class CreateHourEntryDto {
  @ApiPropertyOptional({ description: 'Staff name the volunteer; volunteers leave it out (or send their own id).' })
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiProperty({ example: '2026-11-05' })
  @IsCalendarDate()
  activityDate!: string;

  @ApiProperty({ description: 'Quarter-hour steps: 15, 30, 45, …', example: 90 })
  @IsInt()
  minutes!: number;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  activity!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "One of the volunteer's sponsorships (from the intro meeting on)" })
  @IsOptional()
  @IsUUID()
  sponsorshipId?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateHourEntryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  activityDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  minutes?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  activity?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "One of the volunteer's sponsorships (from the intro meeting on)" })
  @IsOptional()
  @IsUUID()
  sponsorshipId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class DecideHoursDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required when rejecting; the volunteer reads it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class HourListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: HOUR_SORT_FIELDS })
  @IsOptional()
  @IsIn(HOUR_SORT_FIELDS)
  sort: HourSortField = 'activityDate';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc' = 'desc';

  @ApiPropertyOptional({ enum: HOUR_ENTRY_STATUSES })
  @IsOptional()
  @IsIn(HOUR_ENTRY_STATUSES)
  status?: HourEntryStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional({ description: 'yyyy-mm-dd, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'yyyy-mm-dd, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class MyHoursQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: HOUR_ENTRY_STATUSES })
  @IsOptional()
  @IsIn(HOUR_ENTRY_STATUSES)
  status?: HourEntryStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class SetLockDto {
  @ApiProperty({ nullable: true, description: 'yyyy-mm-dd, or null to reopen every period' })
  @ValidateIf((o: SetLockDto) => o.lockedThrough !== null)
  @IsCalendarDate()
  lockedThrough!: string | null;
}

export class ApprovalLinkDto {
  @ApiProperty()
  @IsUUID()
  contactId!: string;
}

export class ApprovalTokenQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class CertificateQuery {
  @ApiPropertyOptional({ enum: ['de', 'en'] })
  @IsOptional()
  @IsIn(['de', 'en'])
  lang?: 'de' | 'en';

  @ApiPropertyOptional({ description: 'Only this calendar year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
