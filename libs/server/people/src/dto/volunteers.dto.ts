import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import {
  AVAILABILITY_SLOTS, COMPETENCES, CONSENT_PURPOSES, GENDERS, INTERESTS, MAIL_LOCALES, SKILLS, VOLUNTEER_STATUSES,
  type AddTrainingRequest, type AvailabilitySlot, type ChangeVolunteerStatusRequest, type Competence, type ConsentPurpose, type Gender, type Interest,
  type MailLocale, type PoliceCertificateInput, type QuickCreateVolunteerRequest, type SetConsentRequest, type Skill, type UpdateVolunteerRequest,
  type VolunteerStatus,
} from '@miteinander/contracts';
import { LanguageSkillDto } from './language-skill.dto';
import { emailOrNull, IsCalendarDate, IsPhone, OptionalNotNull, OptionalSubsetOf, trim, trimOrNull } from './validators';

const MAX_LANGUAGES = 20;

/** Enough to record someone met at an info evening: name, municipality, languages; contact optional. */
export class QuickCreateVolunteerDto implements QuickCreateVolunteerRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(emailOrNull)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+49 341 123456' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsPhone()
  phone?: string;

  @ApiProperty()
  @IsInt()
  municipalityId!: number;

  @ApiProperty({ type: [LanguageSkillDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];
}

/** What volunteers may change in their own profile: everything but status, notes and organisations. */
export class UpdateOwnVolunteerDto implements Omit<UpdateVolunteerRequest, 'notes' | 'organisationIds'> {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emailOrNull)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '1980-05-17' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @ApiPropertyOptional({ enum: MAIL_LOCALES })
  @OptionalNotNull()
  @IsIn(MAIL_LOCALES)
  mailLocale?: MailLocale;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional({ type: [LanguageSkillDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages?: LanguageSkillDto[];

  @OptionalSubsetOf(SKILLS)
  skills?: Skill[];

  @OptionalSubsetOf(INTERESTS)
  interests?: Interest[];

  @OptionalSubsetOf(COMPETENCES)
  competences?: Competence[];

  @OptionalSubsetOf(AVAILABILITY_SLOTS)
  availability?: AvailabilitySlot[];

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(10)
  capacity?: number;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  employedOrInTraining?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(1000)
  preferences?: string | null;
}

/** Staff change everything but the status (that has its own request with a reason). */
export class UpdateVolunteerDto extends UpdateOwnVolunteerDto implements UpdateVolunteerRequest {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @ApiPropertyOptional({ isArray: true, type: String })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  organisationIds?: string[];
}

export class ChangeVolunteerStatusDto implements ChangeVolunteerStatusRequest {
  @ApiProperty({ enum: VOLUNTEER_STATUSES })
  @IsIn(VOLUNTEER_STATUSES)
  status!: VolunteerStatus;

  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

/** Only the facts of the inspection. There is no field for the document: it is never uploaded. */
export class PoliceCertificateDto implements PoliceCertificateInput {
  @ApiProperty({ example: '2026-03-02' })
  @IsCalendarDate()
  inspectionDate!: string;

  @ApiProperty({ example: '2026-02-10' })
  @IsCalendarDate()
  issueDate!: string;

  @ApiProperty()
  @IsBoolean()
  relevantEntry!: boolean;

  @ApiProperty({ description: 'Who inspected the certificate' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  inspector!: string;
}

export class SetConsentDto implements SetConsentRequest {
  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiProperty({ description: 'true gives (or renews) the consent, false withdraws it' })
  @IsBoolean()
  given!: boolean;

  @ApiProperty({ example: '2026-01' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  textVersion!: string;
}

export class AddTrainingDto implements AddTrainingRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2026-03-14' })
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 6000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6000)
  minutes?: number;
}
