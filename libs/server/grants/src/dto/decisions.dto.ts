import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import type { GrantDecisionRequest } from '@miteinander/contracts';
import { trimOrNull } from '@miteinander/server-people';

export const CALL_EXPORT_KINDS = ['applications', 'decisions', 'payments'] as const;
export type CallExportKind = (typeof CALL_EXPORT_KINDS)[number];

/** The amount is checked by the domain (decisionProblems: whole cents, 1 ≤ amount ≤ requested). */
export class GrantDecisionDto implements GrantDecisionRequest {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'Approved amount in cents, 1 … requested' })
  @IsOptional()
  amountCents?: number;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(4000)
  conditions?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Required for a rejection' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(4000)
  reason?: string;
}
