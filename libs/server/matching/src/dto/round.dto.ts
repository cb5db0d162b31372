import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SPONSORSHIP_KINDS, type AcceptMatchRoundRequest, type MatchPair, type MatchRoundRequest, type SponsorshipKind } from '@miteinander/contracts';

export class MatchPairDto implements MatchPair {
  @ApiProperty()
  @IsUUID()
  sponsorshipId!: string;

  @ApiProperty()
  @IsUUID()
  volunteerId!: string;
}

export class MatchRoundDto implements MatchRoundRequest {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  sponsorshipIds?: string[];

  @ApiPropertyOptional({ enum: SPONSORSHIP_KINDS })
  @IsOptional()
  @IsIn(SPONSORSHIP_KINDS)
  kind?: SponsorshipKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  municipalityId?: number;

  @ApiPropertyOptional({ type: [MatchPairDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => MatchPairDto)
  locks?: MatchPairDto[];

  @ApiPropertyOptional({ type: [MatchPairDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => MatchPairDto)
  excludedPairs?: MatchPairDto[];
}

export class AcceptRoundDto implements AcceptMatchRoundRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  sponsorshipIds!: string[];
}
