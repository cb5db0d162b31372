import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  INVITATION_SORT_FIELDS, INVITATION_STATUSES, type InvitationCriteria, type InvitationSortField, type InvitationStatus, type ManualInvitee,
} from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';

/** `criteria` stays whole past the whitelisting pipe; the domain's `criteriaProblems` checks it with paths like `criteria.hoursInYear.year`. */
export class InvitationCriteriaDto {
  @ApiProperty({ type: 'object', additionalProperties: true, example: { hoursInYear: { year: 2026, minHours: 50 }, volunteerMatch: 'all' } })
  @Allow()
  criteria!: InvitationCriteria;
}

/** One person by hand; the service checks the combination (volunteer, contact or guest) and names the wrong field. */
export class ManualInviteeDto implements ManualInvitee {
  @ApiPropertyOptional({ format: 'uuid' }) @Allow() volunteerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Allow() contactId?: string;
  @ApiPropertyOptional() @Allow() name?: string;
  @ApiPropertyOptional() @Allow() email?: string;
  @ApiPropertyOptional({ enum: ['de', 'en', 'ar'], default: 'de' }) @Allow() locale?: string;
}

export interface InvitationListQuery {
  page?: number;
  pageSize?: number;
  sort?: InvitationSortField;
  dir?: 'asc' | 'desc';
  status?: InvitationStatus;
  q?: string;
}

export class InvitationListQueryDto extends PageQuery implements InvitationListQuery {
  @ApiPropertyOptional({ enum: INVITATION_SORT_FIELDS })
  @IsOptional()
  @IsIn(INVITATION_SORT_FIELDS)
  sort?: InvitationSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  dir?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
