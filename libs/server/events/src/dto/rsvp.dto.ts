import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { RsvpAnswer } from '@miteinander/contracts';

export class RsvpQuery {
  @ApiProperty({ description: 'The token of the RSVP link in the mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

/** The answer form; whether a plus-one is allowed and the deadline are the service's rules (409 / 400 in plain words). */
export class RsvpAnswerDto implements RsvpAnswer {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer!: 'accept' | 'decline';

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  plusOne?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  plusOneName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the invitee needs for an accessible visit' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  dietaryNeeds?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  photoConsent?: boolean | null;
}
