import { cardNumber, cardState, cardTerm, initialsOf } from './validity';
import { ruleParameterProblems } from './rule-problems';
import { SEED_RULE_SETS } from './seed-rule-sets';

describe('card term', () => {
  it('12 months from issue end the day before the same date a year on', () => {
    expect(cardTerm({ kind: 'months', months: 12 }, '2026-12-02')).toEqual({ ok: true, validFrom: '2026-12-02', validUntil: '2027-12-01' });
    expect(cardTerm({ kind: 'months', months: 12 }, '2024-02-29')).toEqual({ ok: true, validFrom: '2024-02-29', validUntil: '2025-02-27' });
  });

  it('a fixed edition ends on its date, and issues nothing after it', () => {
    expect(cardTerm({ kind: 'fixedEnd', endDate: '2027-12-31' }, '2026-12-02')).toEqual({ ok: true, validFrom: '2026-12-02', validUntil: '2027-12-31' });
    expect(cardTerm({ kind: 'fixedEnd', endDate: '2027-12-31' }, '2028-01-01')).toEqual({ ok: false, problem: 'editionEnded' });
  });

  it('valid through the last day, expired the day after, revoked always', () => {
    expect(cardState('2027-12-01', false, '2027-12-01')).toBe('valid');
    expect(cardState('2027-12-01', false, '2027-12-02')).toBe('expired');
    expect(cardState(null, false, '2090-01-01')).toBe('valid');
    expect(cardState(null, true, '2026-01-01')).toBe('revoked');
  });

  it('shows initials only, umlauts upper-cased', () => {
    expect(initialsOf('anna Maria', 'Özdemir')).toBe('A. Ö.');
    expect(cardNumber('LL', 2026, 42)).toBe('LL-2026-00042');
  });
});

describe('rule parameters', () => {
  it('the seeded rule sets are valid', () => {
    for (const r of SEED_RULE_SETS) expect(ruleParameterProblems(r.parameters)).toEqual([]);
  });

  it('names every broken field at once', () => {
    const p = { ...SEED_RULE_SETS[0]!.parameters, minAge: -1, numberPrefix: 'll', hours: { window: { kind: 'calendarYear' as const }, minutesPerYear: 100, reducedMinutesPerYear: 200, minutesPerWeek: null } };
    expect(ruleParameterProblems(p).map((x) => x.field)).toEqual(['minAge', 'hours.reducedMinutesPerYear', 'numberPrefix']);
  });
});
