import { Module } from '@nestjs/common';
import { SponsorshipsModule } from '@miteinander/server-sponsorships';
import './messages';
import { MatchingController } from './http/matching.controller';
import { MatchingConfig } from './matching-config';
import { RoundsService } from './rounds/rounds.service';
import { ExclusionsService } from './suggestions/exclusions.service';
import { SuggestionsService } from './suggestions/suggestions.service';
import { WeightsService } from './weights/weights.service';

/** Suggestions with reasons, versioned weights, exclusions and optimal matching rounds (domain-matching decides). */
@Module({
  imports: [SponsorshipsModule],
  controllers: [MatchingController],
  providers: [MatchingConfig, WeightsService, ExclusionsService, SuggestionsService, RoundsService],
})
export class MatchingModule {}
