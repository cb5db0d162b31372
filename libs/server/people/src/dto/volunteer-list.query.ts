import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  AVAILABILITY_SLOTS, POLICE_CERTIFICATE_STATES, SKILLS, VOLUNTEER_SORT_FIELDS, VOLUNTEER_STATUSES,
  type AvailabilitySlot, type PoliceCertificateState, type Skill, type VolunteerListQuery, type VolunteerSortField, type VolunteerStatus,
} from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';
import { IsLanguageCode } from './validators';

/** GET /volunteers: every filter optional, combined with AND. */
export class VolunteerListQueryDto extends PageQuery implements VolunteerListQuery {
  @ApiPropertyOptional({ enum: VOLUNTEER_SORT_FIELDS })
  @IsOptional()
  @IsIn(VOLUNTEER_SORT_FIELDS)
  sort: VolunteerSortField = 'lastName';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc' = 'asc';

  @ApiPropertyOptional({ description: 'Part of the first or last name, email or phone' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional({ description: 'ISO 639 code, e.g. ar' })
  @IsOptional()
  @IsLanguageCode()
  language?: string;

  @ApiPropertyOptional({ enum: SKILLS })
  @IsOptional()
  @IsIn(SKILLS)
  skill?: Skill;

  @ApiPropertyOptional({ enum: VOLUNTEER_STATUSES })
  @IsOptional()
  @IsIn(VOLUNTEER_STATUSES)
  status?: VolunteerStatus;

  @ApiPropertyOptional({ enum: AVAILABILITY_SLOTS })
  @IsOptional()
  @IsIn(AVAILABILITY_SLOTS)
  availability?: AvailabilitySlot;

  @ApiPropertyOptional({ enum: POLICE_CERTIFICATE_STATES })
  @IsOptional()
  @IsIn(POLICE_CERTIFICATE_STATES)
  policeCertificate?: PoliceCertificateState;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
