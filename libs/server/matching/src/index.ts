import { MatchExclusion } from './entities/match-exclusion.entity';
import { MatchRound } from './entities/match-round.entity';
import { MatchWeightsVersion } from './entities/match-weights-version.entity';

export const MATCHING_ENTITIES = [MatchWeightsVersion, MatchExclusion, MatchRound];
export { MatchingModule } from './matching.module';
