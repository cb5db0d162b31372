import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  ORGANISATION_KINDS, ORGANISATION_SORT_FIELDS,
  type OrganisationContact, type OrganisationKind, type OrganisationSortField, type SaveOrganisationRequest,
} from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';
import { emailOrNull, IsPhone, IsPostalCode, trim, trimOrNull } from './validators';

export class OrganisationContactDto implements OrganisationContact {
  @ApiPropertyOptional({ description: 'Sent back to keep an existing contact (and its approval links)' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @ApiProperty()
  @Transform(emailOrNull)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsPhone()
  phone?: string | null;
}

export class SaveOrganisationDto implements SaveOrganisationRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '04668' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsPostalCode()
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  municipalityId?: number | null;

  @ApiProperty({ type: [OrganisationContactDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OrganisationContactDto)
  contacts!: OrganisationContactDto[];
}

export class OrganisationListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_SORT_FIELDS })
  @IsOptional()
  @IsIn(ORGANISATION_SORT_FIELDS)
  sort: OrganisationSortField = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction: 'asc' | 'desc' = 'asc';

  @ApiPropertyOptional({ description: 'Part of the name, or of a contact’s name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  municipalityId?: number;
}
