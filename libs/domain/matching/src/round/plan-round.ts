import type { AssignmentProblem } from '../assignment/assignment-problem';
import { solveAssignment } from '../assignment/solve-assignment';
import { exclusionOf, type Exclusion } from '../scoring/hard-constraints';
import type { MatchWeights, RequestFacts, VolunteerFacts } from '../scoring/match-facts';
import { scorePair, type PairScore } from '../scoring/score-pair';

export interface RoundInput {
  requests: readonly { id: string; facts: RequestFacts }[];
  /** Everyone who may take part (and any volunteer named in a lock); hard constraints are checked here again. */
  volunteers: readonly VolunteerFacts[];
  /** Pairs that must not be proposed: the coordinators' exclusions and this round's left-out pairs. */
  excluded: ReadonlySet<string>;
  locks: readonly { sponsorshipId: string; volunteerId: string }[];
  weights: MatchWeights;
}

export interface RoundProposal {
  request: number;
  volunteer: number;
  pair: PairScore;
  locked: boolean;
}

export type LockProblem = { lock: number; rule: 'lockNotInRound' | 'lockTwice' | 'unknownVolunteer' | 'lockOverCapacity' | `lock_${Exclusion}` };

export interface RoundPlan {
  proposals: RoundProposal[];
  /** Requests left without a volunteer: none passes the hard constraints, or the optimum gave them all to others. */
  unserved: { request: number; reason: 'noCandidate' | 'taken'; excludedCounts: Partial<Record<Exclusion, number>> }[];
  totalScore: number;
}

export const pairKey = (sponsorshipId: string, volunteerId: string): string => `${sponsorshipId}:${volunteerId}`;

/**
 * A matching round: every feasible pair scored, the locked pairs fixed first (each must pass the hard
 * constraints), and the rest assigned so that the sum of scores is the largest possible while each volunteer
 * takes at most their free places. Lock problems come back instead of a plan; nothing is half-applied.
 */
export function planRound(input: RoundInput): { ok: true; plan: RoundPlan } | { ok: false; problems: LockProblem[] } {
  const { requests, volunteers, excluded, weights } = input;
  const requestIndex = new Map(requests.map((r, i) => [r.id, i]));
  const volunteerIndex = new Map(volunteers.map((v, i) => [v.id, i]));
  const freePlaces = volunteers.map((v) => Math.max(0, v.capacity - v.occupied));

  const problems: LockProblem[] = [];
  const lockedRequests = new Map<number, number>();
  const lockedTaken = new Array<number>(volunteers.length).fill(0);
  input.locks.forEach((lock, i) => {
    const r = requestIndex.get(lock.sponsorshipId);
    const c = volunteerIndex.get(lock.volunteerId);
    if (r === undefined) return void problems.push({ lock: i, rule: 'lockNotInRound' });
    if (c === undefined) return void problems.push({ lock: i, rule: 'unknownVolunteer' });
    if (lockedRequests.has(r)) return void problems.push({ lock: i, rule: 'lockTwice' });
    const broken = exclusionOf(requests[r]!.facts, volunteers[c]!, excluded.has(pairKey(lock.sponsorshipId, lock.volunteerId)));
    if (broken) return void problems.push({ lock: i, rule: `lock_${broken}` });
    if (++lockedTaken[c]! > freePlaces[c]!) return void problems.push({ lock: i, rule: 'lockOverCapacity' });
    lockedRequests.set(r, c);
  });
  if (problems.length) return { ok: false, problems };

  const proposals: RoundProposal[] = [];
  for (const [r, c] of lockedRequests) proposals.push({ request: r, volunteer: c, pair: scorePair(requests[r]!.facts, volunteers[c]!, weights), locked: true });

  // The open requests as rows of a sparse assignment problem over the volunteers' remaining places.
  const open = requests.map((_, i) => i).filter((i) => !lockedRequests.has(i));
  const rowStart = new Int32Array(open.length + 1);
  const cols: number[] = [];
  const scores: number[] = [];
  const pairs: PairScore[] = [];
  const counts = open.map(() => ({}) as Partial<Record<Exclusion, number>>);
  open.forEach((r, row) => {
    const req = requests[r]!;
    volunteers.forEach((v, c) => {
      // Every free place already locked to another request: not a candidate, but no hard constraint either.
      if (freePlaces[c]! > 0 && freePlaces[c]! <= lockedTaken[c]!) return;
      const broken = exclusionOf(req.facts, v, excluded.has(pairKey(req.id, v.id)));
      if (broken) {
        counts[row]![broken] = (counts[row]![broken] ?? 0) + 1;
        return;
      }
      const pair = scorePair(req.facts, v, weights);
      cols.push(c);
      scores.push(pair.score);
      pairs.push(pair);
    });
    rowStart[row + 1] = cols.length;
  });
  const capacity = Int32Array.from(volunteers, (_, c) => Math.max(0, freePlaces[c]! - lockedTaken[c]!));
  const problem: AssignmentProblem = { rows: open.length, cols: volunteers.length, capacity, rowStart, col: Int32Array.from(cols), score: Float64Array.from(scores) };
  const { rowToCol } = solveAssignment(problem);

  const unserved: RoundPlan['unserved'] = [];
  open.forEach((r, row) => {
    const c = rowToCol[row]!;
    if (c === -1) {
      unserved.push({ request: r, reason: rowStart[row + 1] === rowStart[row] ? 'noCandidate' : 'taken', excludedCounts: counts[row]! });
      return;
    }
    let e = rowStart[row]!;
    while (problem.col[e] !== c) e++;
    proposals.push({ request: r, volunteer: c, pair: pairs[e]!, locked: false });
  });
  proposals.sort((a, b) => a.request - b.request);
  return { ok: true, plan: { proposals, unserved, totalScore: proposals.reduce((sum, p) => sum + p.pair.score, 0) } };
}
