import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GRANT_APPLICATION_STATUSES, type GrantApplicationData, type GrantApplicationStatus, type GrantPrecheckRequest } from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';
import { GRANT_APPLICATION_SORT_FIELDS, type GrantApplicationListQuery, type GrantApplicationSortField } from '../applications/grant-applications.service';

export class CreateGrantApplicationDto {
  @ApiProperty()
  @IsUUID()
  callId!: string;
}

/**
 * The autosaved form. `data` is free-form JSON on purpose: @Allow keeps it whole past the whitelisting pipe (no
 * nested decorators means nothing inside is stripped), and the domain's `draftShapeProblems` checks every field
 * with a message naming it.
 */
export class SaveGrantDraftDto {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @Allow()
  data!: GrantApplicationData;
}

export class GrantApplicationListQueryDto extends PageQuery implements GrantApplicationListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ enum: GRANT_APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(GRANT_APPLICATION_STATUSES)
  status?: GrantApplicationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: GRANT_APPLICATION_SORT_FIELDS })
  @IsOptional()
  @IsIn(GRANT_APPLICATION_SORT_FIELDS)
  sort?: GrantApplicationSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  dir?: 'asc' | 'desc';
}

export class GrantPrecheckDto implements GrantPrecheckRequest {
  @ApiProperty({ enum: ['accept', 'revise'] })
  @IsIn(['accept', 'revise'])
  decision!: 'accept' | 'revise';

  /** Field path → comment; keys and texts are checked by the pre-check service (keys must be form fields). */
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @Allow()
  comments?: Record<string, string>;
}

/** Checked by the versions service, so "abc" is a 400 naming the parameter, not a 500. */
export class GrantVersionDiffQuery {
  @ApiProperty({ example: 1 })
  @Allow()
  from!: string;

  @ApiProperty({ example: 2 })
  @Allow()
  to!: string;
}
