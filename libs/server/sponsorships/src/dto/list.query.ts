import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  SPONSORSHIP_KINDS, SPONSORSHIP_LIST_VIEWS, SPONSORSHIP_SORT_FIELDS, SPONSORSHIP_STATES,
  type SponsorshipKind, type SponsorshipListQuery, type SponsorshipListView, type SponsorshipSortField, type SponsorshipState,
} from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';

const booleanParam = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** GET /sponsorships and its export: every filter optional, combined with AND. Without `sort`, each view has its natural order. */
export class SponsorshipListQueryDto extends PageQuery implements SponsorshipListQuery {
  @ApiPropertyOptional({ enum: SPONSORSHIP_LIST_VIEWS, default: 'all' })
  @IsOptional()
  @IsIn(SPONSORSHIP_LIST_VIEWS)
  view: SponsorshipListView = 'all';

  @ApiPropertyOptional({ enum: SPONSORSHIP_SORT_FIELDS })
  @IsOptional()
  @IsIn(SPONSORSHIP_SORT_FIELDS)
  sort?: SponsorshipSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: SPONSORSHIP_KINDS })
  @IsOptional()
  @IsIn(SPONSORSHIP_KINDS)
  kind?: SponsorshipKind;

  @ApiPropertyOptional({ enum: SPONSORSHIP_STATES })
  @IsOptional()
  @IsIn(SPONSORSHIP_STATES)
  state?: SponsorshipState;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(booleanParam)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: "Part of the family's, pupil's or volunteer's name" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ExportQueryDto extends SponsorshipListQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx' = 'csv';
}
