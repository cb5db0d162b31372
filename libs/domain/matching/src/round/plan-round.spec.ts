import { DEFAULT_WEIGHTS, type RequestFacts, type VolunteerFacts } from '../scoring/match-facts';
import { scorePair } from '../scoring/score-pair';
import { pairKey, planRound, type RoundInput } from './plan-round';

const arabicFamily = (id: string, municipalityId: number): { id: string; facts: RequestFacts } => ({
  id,
  facts: {
    kind: 'family', languages: [{ code: 'ar', level: 'native' }], germanLevel: 'none', location: null, municipalityId,
    availability: ['tue-evening'], sponsorGender: null, interpreter: false, involvesMinors: true, childrenAges: [6],
  },
});
const volunteer = (id: string, municipalityId: number, extra: Partial<VolunteerFacts> = {}): VolunteerFacts => ({
  id, status: 'active', languages: [{ code: 'ar', level: 'C1' }], location: null, municipalityId, availability: ['tue-evening'], gender: 'female',
  interests: ['family_sponsorship'], skills: [], capacity: 1, occupied: 0, policeCertificate: 'valid', ...extra,
});

const round = (over: Partial<RoundInput>): RoundInput => ({ requests: [], volunteers: [], excluded: new Set(), locks: [], weights: DEFAULT_WEIGHTS, ...over });

describe('planning a matching round', () => {
  it('maximises the total: the near volunteer goes where it matters more, a capacity of 2 serves two requests', () => {
    // r1 and r2 live in municipality 1, r3 in 2. near1 (capacity 2) lives in 1, near2 in 2.
    const requests = [arabicFamily('r1', 1), arabicFamily('r2', 1), arabicFamily('r3', 2)];
    const volunteers = [volunteer('near1', 1, { capacity: 2 }), volunteer('near2', 2)];
    const result = planRound(round({ requests, volunteers }));
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.proposals.map((p) => [requests[p.request]!.id, volunteers[p.volunteer]!.id])).toEqual([
      ['r1', 'near1'],
      ['r2', 'near1'],
      ['r3', 'near2'],
    ]);
    expect(result.plan.totalScore).toBe(result.plan.proposals.reduce((s, p) => s + p.pair.score, 0));
    expect(result.plan.unserved).toEqual([]);
  });

  it('lists the unserved with the reason: no candidate (with what removed them), or taken by the optimum', () => {
    const requests = [arabicFamily('r1', 1), arabicFamily('r2', 1), { ...arabicFamily('r3', 1), facts: { ...arabicFamily('r3', 1).facts, languages: [{ code: 'ti', level: 'native' as const }] } }];
    const volunteers = [volunteer('a', 1), volunteer('b', 1, { policeCertificate: 'missing' })];
    const result = planRound(round({ requests, volunteers }));
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.proposals).toHaveLength(1);
    expect(result.plan.unserved).toEqual([
      { request: 1, reason: 'taken', excludedCounts: { policeCertificate: 1 } },
      { request: 2, reason: 'noCandidate', excludedCounts: { noSharedLanguage: 1, policeCertificate: 1 } },
    ]);
  });

  it('keeps locked pairs, optimises the rest around them, and never proposes an excluded pair', () => {
    const requests = [arabicFamily('r1', 1), arabicFamily('r2', 2)];
    const volunteers = [volunteer('in1', 1), volunteer('in2', 2)];
    // Locked against the optimum: r1 gets in2, so r2 can only get in1.
    const locked = planRound(round({ requests, volunteers, locks: [{ sponsorshipId: 'r1', volunteerId: 'in2' }] }));
    if (!locked.ok) throw new Error('expected a plan');
    expect(locked.plan.proposals.map((p) => [p.request, volunteers[p.volunteer]!.id, p.locked])).toEqual([
      [0, 'in2', true],
      [1, 'in1', false],
    ]);
    expect(locked.plan.proposals[0]!.pair).toEqual(scorePair(requests[0]!.facts, volunteers[1]!, DEFAULT_WEIGHTS));
    const excluded = planRound(round({ requests, volunteers, excluded: new Set([pairKey('r1', 'in1'), pairKey('r1', 'in2')]) }));
    if (!excluded.ok) throw new Error('expected a plan');
    expect(excluded.plan.proposals.map((p) => p.request)).toEqual([1]);
    expect(excluded.plan.unserved).toEqual([{ request: 0, reason: 'noCandidate', excludedCounts: { excluded: 2 } }]);
  });

  it('refuses locks that break a hard constraint, name a request outside the round, repeat a request or overrun a capacity', () => {
    const requests = [arabicFamily('r1', 1), arabicFamily('r2', 1)];
    const volunteers = [volunteer('ok', 1), volunteer('paused', 1, { status: 'paused' }), volunteer('noCert', 1, { policeCertificate: 'expired' })];
    const result = planRound(
      round({
        requests,
        volunteers,
        excluded: new Set([pairKey('r2', 'ok')]),
        locks: [
          { sponsorshipId: 'r1', volunteerId: 'paused' },
          { sponsorshipId: 'r1', volunteerId: 'noCert' },
          { sponsorshipId: 'elsewhere', volunteerId: 'ok' },
          { sponsorshipId: 'r2', volunteerId: 'ok' },
          { sponsorshipId: 'r1', volunteerId: 'ok' },
          { sponsorshipId: 'r1', volunteerId: 'ok' },
          { sponsorshipId: 'r2', volunteerId: 'ghost' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { lock: 0, rule: 'lock_notActive' },
        { lock: 1, rule: 'lock_policeCertificate' },
        { lock: 2, rule: 'lockNotInRound' },
        { lock: 3, rule: 'lock_excluded' },
        { lock: 5, rule: 'lockTwice' },
        { lock: 6, rule: 'unknownVolunteer' },
      ],
    });
    const twoOnOne = planRound(round({ requests, volunteers, locks: [{ sponsorshipId: 'r1', volunteerId: 'ok' }, { sponsorshipId: 'r2', volunteerId: 'ok' }] }));
    expect(twoOnOne).toEqual({ ok: false, problems: [{ lock: 1, rule: 'lockOverCapacity' }] });
  });
});
