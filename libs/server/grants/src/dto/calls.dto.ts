import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { FieldOfAction, GrantCallInput, GrantCallStatusRequest, GrantCriterion, GrantProjectArea } from '@miteinander/contracts';

/**
 * A call's settings. Every property is only allowed through here: the domain's `callProblems` checks types,
 * ranges and the nested areas and criteria all at once, with messages naming each field (decorators could not
 * say "the language-course limit must not exceed the project limit").
 */
export class GrantCallInputDto implements Partial<GrantCallInput> {
  @ApiPropertyOptional() @Allow() year?: number;
  @ApiPropertyOptional() @Allow() title?: string;
  @ApiPropertyOptional({ description: 'cents' }) @Allow() totalBudgetCents?: number;
  @ApiPropertyOptional({ description: 'cents, default 500000' }) @Allow() maxPerProjectCents?: number;
  @ApiPropertyOptional({ description: 'cents, default 100000' }) @Allow() maxPerLanguageCourseCents?: number;
  @ApiPropertyOptional({ example: '2026-10-31' }) @Allow() deadline?: string;
  @ApiPropertyOptional({ default: 14 }) @Allow() minLeadDays?: number;
  @ApiPropertyOptional({ type: [String] }) @Allow() fieldsOfAction?: FieldOfAction[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' } }) @Allow() projectAreas?: GrantProjectArea[];
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' } }) @Allow() criteria?: GrantCriterion[];
  @ApiPropertyOptional({ default: 6 }) @Allow() reportMonths?: number;
}

export class GrantCallStatusDto implements GrantCallStatusRequest {
  @ApiProperty({ enum: ['open', 'paused', 'closed'] })
  @IsIn(['open', 'paused', 'closed'])
  status!: 'open' | 'paused' | 'closed';

  @ApiPropertyOptional({ description: 'Required for paused; shown to applicants' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class FundedProjectsQuery {
  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
