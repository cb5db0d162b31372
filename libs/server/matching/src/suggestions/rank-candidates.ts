import type { MatchCandidate, MatchWeights } from '@miteinander/contracts';
import { exclusionOf, scorePair, type PairScore, type RequestFacts } from '@miteinander/domain-matching';
import type { PoolVolunteer } from '../pool/volunteer-pool.sql';

const byName = new Intl.Collator('de').compare;

interface Ranked {
  v: PoolVolunteer;
  pair: PairScore;
}

const before = (a: Ranked, b: Ranked): boolean =>
  a.pair.score !== b.pair.score ? a.pair.score > b.pair.score : byName(a.v.name, b.v.name) < 0 || (a.v.name === b.v.name && a.v.id < b.v.id);

/**
 * The best `limit` candidates: score, then name, then id. Kept in a short sorted list while scanning, so
 * 50,000 volunteers cost 50,000 scores and a few comparisons each, not a full sort. The hard constraints are
 * checked again here (the statement already applied them), so the domain's rule is the one that decides.
 */
export function rankCandidates(request: RequestFacts, pool: readonly PoolVolunteer[], weights: MatchWeights, limit: number): MatchCandidate[] {
  const best: Ranked[] = [];
  for (const v of pool) {
    if (exclusionOf(request, v, false)) continue;
    const item = { v, pair: scorePair(request, v, weights) };
    if (best.length === limit && !before(item, best[limit - 1]!)) continue;
    let i = best.length === limit ? limit - 1 : best.length;
    while (i > 0 && before(item, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = item;
  }
  return best.map(({ v, pair }) => ({
    volunteer: { id: v.id, name: v.name, municipalityName: v.municipalityName },
    score: pair.score,
    freePlaces: Math.max(0, v.capacity - v.occupied),
    factors: pair.factors,
  }));
}
