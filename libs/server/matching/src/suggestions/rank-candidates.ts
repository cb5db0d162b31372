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
 * The best `limit` candidates seen so far: score, then name, then id, kept in a short sorted list. The hard
 * constraints are checked again here (the statement already applied them), so the domain's rule decides.
 */
export class TopCandidates {
  private readonly best: Ranked[] = [];

  constructor(
    private readonly request: RequestFacts,
    private readonly weights: MatchWeights,
    private readonly limit: number,
  ) {}

  add(v: PoolVolunteer): void {
    if (exclusionOf(this.request, v, false)) return;
    const item = { v, pair: scorePair(this.request, v, this.weights) };
    const { best, limit } = this;
    if (best.length === limit && !before(item, best[limit - 1]!)) return;
    let i = best.length === limit ? limit - 1 : best.length;
    while (i > 0 && before(item, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = item;
  }

  /** The lowest score still in the list once it is full; null before that. */
  get cutoff(): number | null {
    return this.best.length === this.limit ? this.best[this.limit - 1]!.pair.score : null;
  }

  candidates(): MatchCandidate[] {
    return this.best.map(({ v, pair }) => ({
      volunteer: { id: v.id, name: v.name, municipalityName: v.municipalityName },
      score: pair.score,
      freePlaces: Math.max(0, v.capacity - v.occupied),
      factors: pair.factors,
    }));
  }
}
