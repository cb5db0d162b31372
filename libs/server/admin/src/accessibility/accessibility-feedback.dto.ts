import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACCESSIBILITY_FEEDBACK_MAX_LENGTH, type AccessibilityFeedbackRequest } from '@miteinander/contracts';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
/** An empty email field means "no answer wanted", not an invalid address. */
const optionalEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value);

export class AccessibilityFeedbackDto implements AccessibilityFeedbackRequest {
  @ApiProperty({ maxLength: 200, example: '/volunteers' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  page!: string;

  @ApiProperty({ maxLength: ACCESSIBILITY_FEEDBACK_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACCESSIBILITY_FEEDBACK_MAX_LENGTH)
  message!: string;

  @ApiPropertyOptional({ description: 'Only when an answer is wanted.' })
  @IsOptional()
  @Transform(optionalEmail)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'Leave empty (spam trap).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
