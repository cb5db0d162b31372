import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ActualCost, GrantReportCheckRequest, GrantReportInput, Receipt } from '@miteinander/contracts';

// Amounts, dates and the report are checked by domain-grants (all problems at once, in plain words); the DTOs
// only name the allowed keys so anything else is refused.

export class GrantPaymentRequestDto {
  @ApiProperty({ description: 'Amount requested, in cents; at most what is left of the approved amount' })
  @Allow()
  amountCents!: number;
}

export class GrantPaymentPaidDto {
  @ApiProperty({ description: 'Day of the transfer (yyyy-mm-dd), not in the future' })
  @Allow()
  paidOn!: string;
}

export class GrantReportDto implements Partial<GrantReportInput> {
  @ApiPropertyOptional()
  @Allow()
  narrative?: string;

  @ApiPropertyOptional({ description: 'Actual amount per cost-plan line, by line id' })
  @Allow()
  actualCosts?: ActualCost[];

  @ApiPropertyOptional()
  @Allow()
  receipts?: Receipt[];

  @ApiPropertyOptional()
  @Allow()
  participantsRefugees?: number;

  @ApiPropertyOptional()
  @Allow()
  participantsLocals?: number;
}

export class GrantReportCheckDto implements GrantReportCheckRequest {
  @ApiProperty({ description: 'true: accept and close; false: ask for corrections (comment required)' })
  @IsBoolean()
  accept!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
