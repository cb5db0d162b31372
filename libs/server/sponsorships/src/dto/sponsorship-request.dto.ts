import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import {
  AVAILABILITY_SLOTS, GERMAN_LEVELS, SPONSORSHIP_KINDS,
  type AvailabilitySlot, type CreateSponsorshipRequest, type GermanLevel, type SponsorshipKind, type UpdateSponsorshipRequest,
} from '@miteinander/contracts';
import { LanguageSkillDto, OptionalSubsetOf, trim, trimOrNull } from '@miteinander/server-people';
import { ContactDto, GuardianConsentDto, PreferencesDto, PupilDto } from './request-parts.dto';

/** A request for a family (family, mother) or a pupil (learning); what belongs to which kind is checked by domain-sponsorships. */
export class CreateSponsorshipDto implements CreateSponsorshipRequest {
  @ApiProperty({ enum: SPONSORSHIP_KINDS })
  @IsIn(SPONSORSHIP_KINDS)
  kind!: SponsorshipKind;

  @ApiProperty({ example: 'Familie Haddad' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty()
  @IsInt()
  municipalityId!: number;

  @ApiProperty({ type: [LanguageSkillDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];

  @ApiProperty({ enum: GERMAN_LEVELS })
  @IsIn(GERMAN_LEVELS)
  germanLevel!: GermanLevel;

  @ApiProperty({ description: 'Needs and goals' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  needs!: string;

  @OptionalSubsetOf(AVAILABILITY_SLOTS)
  availability?: AvailabilitySlot[];

  @ApiPropertyOptional({ type: PreferencesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreferencesDto)
  preferences?: PreferencesDto;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  adults?: number;

  @ApiPropertyOptional({ type: [Number], description: 'Ages of the children, 0–17' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(17, { each: true })
  childrenAges?: number[];

  @ApiPropertyOptional({ type: PupilDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PupilDto)
  pupil?: PupilDto;

  @ApiPropertyOptional({ type: GuardianConsentDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianConsentDto)
  guardianConsent?: GuardianConsentDto | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 36 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  plannedMonths?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;
}

/**
 * PATCH: any field of the request but the kind. The body only has to be well-formed; the request as it would
 * be after the change is then validated as a whole with CreateSponsorshipDto (so `name: null` is refused too).
 */
export class UpdateSponsorshipDto extends PartialType(OmitType(CreateSponsorshipDto, ['kind'] as const)) implements UpdateSponsorshipRequest {}
