import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { LANGUAGE_LEVELS, type LanguageLevel, type LanguageSkill } from '@miteinander/contracts';
import { IsLanguageCode } from './validators';

export class LanguageSkillDto implements LanguageSkill {
  @ApiProperty({ example: 'ar' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsLanguageCode()
  code!: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level!: LanguageLevel;
}
