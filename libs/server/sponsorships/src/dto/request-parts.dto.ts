import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  GENDERS, SCHOOL_SUBJECTS, SCHOOL_TYPES, SPONSOR_AGE_MAX, SPONSOR_AGE_MIN,
  type BeneficiaryContact, type Gender, type GuardianConsent, type PupilDetails, type SchoolSubject, type SchoolType, type SponsorshipPreferences,
} from '@miteinander/contracts';
import { emailOrNull, IsCalendarDate, IsPhone, trim, trimOrNull } from '@miteinander/server-people';

export class PreferencesDto implements Partial<SponsorshipPreferences> {
  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  sponsorGender?: Gender | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  interpreter?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(300)
  contactPerson?: string | null;

  @ApiPropertyOptional({ minimum: SPONSOR_AGE_MIN, maximum: SPONSOR_AGE_MAX, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(SPONSOR_AGE_MIN)
  @Max(SPONSOR_AGE_MAX)
  sponsorAgeMin?: number | null;

  @ApiPropertyOptional({ minimum: SPONSOR_AGE_MIN, maximum: SPONSOR_AGE_MAX, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(SPONSOR_AGE_MIN)
  @Max(SPONSOR_AGE_MAX)
  sponsorAgeMax?: number | null;
}

export class ContactDto implements Partial<BeneficiaryContact> {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emailOrNull)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

export class PupilDto implements PupilDetails {
  @ApiProperty({ nullable: true, description: 'Years; null when unknown (treated as a minor)' })
  @IsOptional()
  @IsInt()
  @Min(4)
  @Max(30)
  age!: number | null;

  @ApiProperty({ minimum: 1, maximum: 13 })
  @IsInt()
  @Min(1)
  @Max(13)
  grade!: number;

  @ApiProperty({ enum: SCHOOL_TYPES })
  @IsIn(SCHOOL_TYPES)
  schoolType!: SchoolType;

  @ApiProperty({ enum: SCHOOL_SUBJECTS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SCHOOL_SUBJECTS.length)
  @IsIn(SCHOOL_SUBJECTS, { each: true })
  subjects!: SchoolSubject[];

  @ApiProperty({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(300)
  schoolContact!: string | null;
}

export class GuardianConsentDto implements GuardianConsent {
  @ApiProperty({ description: 'Name of the parent or guardian' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  givenBy!: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate()
  date!: string;
}
