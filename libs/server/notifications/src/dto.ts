import { PageQuery } from '@miteinander/server-platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  MAIL_STATUSES, MAIL_TEMPLATES, PREFERENCE_MODES, REMINDER_KINDS,
  type MailStatus, type MailTemplateName, type PreferenceMode, type ReminderKind,
} from '@miteinander/contracts';

export class MailLogQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the recipient address or subject' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;

  @ApiPropertyOptional({ enum: MAIL_TEMPLATES })
  @IsOptional()
  @IsIn(MAIL_TEMPLATES)
  template?: MailTemplateName;
}

export class SaveTemplateDto {
  @ApiProperty()
  @IsString()
  @MaxLength(300)
  subject!: string;

  @ApiProperty({ description: 'Paragraphs separated by blank lines; {{variable}} placeholders' })
  @IsString()
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actionLabel?: string | null;
}

export class PreferenceDto {
  @ApiProperty({ enum: REMINDER_KINDS })
  @IsIn(REMINDER_KINDS)
  kind!: ReminderKind;

  @ApiProperty({ enum: PREFERENCE_MODES })
  @IsIn(PREFERENCE_MODES)
  mode!: PreferenceMode;
}

export class UpdatePreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMaxSize(REMINDER_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences!: PreferenceDto[];
}

export class TokenPreferencesDto extends UpdatePreferencesDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class TokenOnlyDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class TokenQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token!: string;
}
