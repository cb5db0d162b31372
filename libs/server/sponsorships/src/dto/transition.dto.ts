import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  CHECK_IN_MOODS, END_REASONS, SPONSORSHIP_STATES,
  type CheckInMood, type DeclineProposalRequest, type EndReason, type RecordCheckInRequest, type SponsorshipState, type SponsorshipTransitionRequest,
} from '@miteinander/contracts';
import { TRIAL_WEEKS_MAX, TRIAL_WEEKS_MIN } from '@miteinander/domain-sponsorships';
import { IsCalendarDate, trim, trimOrNull } from '@miteinander/server-people';

/** The fields each move needs are checked by domain-sponsorships' guards; here only their form. */
export class SponsorshipTransitionDto implements SponsorshipTransitionRequest {
  @ApiProperty({ enum: SPONSORSHIP_STATES })
  @IsIn(SPONSORSHIP_STATES)
  to!: SponsorshipState;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  introMeetingDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  bothAgreed?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  trialStart?: string;

  @ApiPropertyOptional({ minimum: TRIAL_WEEKS_MIN, maximum: TRIAL_WEEKS_MAX })
  @IsOptional()
  @IsInt()
  @Min(TRIAL_WEEKS_MIN)
  @Max(TRIAL_WEEKS_MAX)
  trialWeeks?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ enum: END_REASONS })
  @IsOptional()
  @IsIn(END_REASONS)
  endReason?: EndReason;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  closingNote?: string;
}

export class RecordCheckInDto implements RecordCheckInRequest {
  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: CHECK_IN_MOODS })
  @IsIn(CHECK_IN_MOODS)
  mood!: CheckInMood;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  note!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(1000)
  nextStep?: string | null;
}

export class DeclineProposalDto implements DeclineProposalRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
