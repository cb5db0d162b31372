import fc from 'fast-check';
import { addDays } from '@miteinander/domain-calendar';
import { ageOn, ageReachedOn } from './age';
import { cardEligibility, reportGroup } from './eligibility';
import type { CardFacts } from './facts';
import { completedMonths } from './months';
import { SEED_RULE_SETS } from './seed-rule-sets';
import { factWindows } from './windows';

const rules = (code: string) => SEED_RULE_SETS.find((r) => r.code === code)!.parameters;
const LEIPZIG = rules('landkreis-leipzig');
const SACHSEN = rules('sachsen-6');
const BAYERN_BLAU = rules('bayern-blau');

const facts = (over: Partial<CardFacts> = {}): CardFacts => ({
  dateOfBirth: '1980-05-05',
  firstActivity: '2024-01-10',
  employedOrInTraining: false,
  residesInCounty: true,
  minutesCurrentYear: 0,
  minutesPreviousYear: 0,
  minutesRolling: 0,
  minutesRecent: 0,
  allowanceCentsPerMonth: null,
  ...over,
});

describe('Landkreis Leipzig: 200 h in a calendar year, 12 months active', () => {
  it('is eligible with exactly 200.00 approved hours in the previous year', () => {
    const r = cardEligibility(LEIPZIG, facts({ minutesPreviousYear: 200 * 60 }), '2026-03-01');
    expect(r.eligible).toBe(true);
    expect(r.reasons).toEqual([]);
    expect(r.windowFrom).toBe('2025-01-01');
  });

  it('is not eligible with 199.75 hours and says 15 minutes are missing by 31 December', () => {
    const r = cardEligibility(LEIPZIG, facts({ minutesPreviousYear: 100, minutesCurrentYear: 199 * 60 + 45 }), '2026-10-01');
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([expect.objectContaining({ reason: 'hours', params: { missingMinutes: 15, requiredMinutes: 12_000, by: '2026-12-31' } })]);
  });

  it('counts this year once it reaches 200 hours, before the year is over', () => {
    expect(cardEligibility(LEIPZIG, facts({ minutesCurrentYear: 12_000 }), '2026-06-30').eligible).toBe(true);
  });

  it('needs only 100 hours from people employed at least 20 h/week or in training', () => {
    const r = cardEligibility(LEIPZIG, facts({ employedOrInTraining: true, minutesCurrentYear: 100 * 60 }), '2026-06-30');
    expect(r.eligible).toBe(true);
    expect(cardEligibility(LEIPZIG, facts({ employedOrInTraining: false, minutesCurrentYear: 100 * 60 }), '2026-06-30').eligible).toBe(false);
  });

  it('says how many months are missing, and is met on the same day 12 months later', () => {
    const f = facts({ firstActivity: '2026-02-15', minutesCurrentYear: 12_000 });
    const before = cardEligibility(LEIPZIG, f, '2026-10-20');
    expect(before.reasons).toEqual([{ reason: 'monthsActive', params: { needed: 12, have: 8, since: '2026-02-15', reachedOn: '2027-02-15' }, metOn: '2027-02-15' }]);
    expect(cardEligibility(LEIPZIG, f, '2027-02-14').eligible).toBe(false);
    expect(cardEligibility(LEIPZIG, { ...f, minutesPreviousYear: 12_000 }, '2027-02-15').eligible).toBe(true);
  });

  it('needs a residence in the county', () => {
    const r = cardEligibility(LEIPZIG, facts({ residesInCounty: false, minutesPreviousYear: 12_000 }), '2026-03-01');
    expect(r.reasons.map((x) => x.reason)).toEqual(['residence']);
  });

  it('refuses a declared allowance above 250 € a month, accepts exactly 250 €', () => {
    const f = facts({ minutesPreviousYear: 12_000 });
    expect(cardEligibility(LEIPZIG, { ...f, allowanceCentsPerMonth: 25_001 }, '2026-03-01').reasons.map((x) => x.reason)).toEqual(['allowance']);
    expect(cardEligibility(LEIPZIG, { ...f, allowanceCentsPerMonth: 25_000 }, '2026-03-01').eligible).toBe(true);
  });

  it('projects the day the hours are reached from the last 90 days, or none when not by 31 December', () => {
    // 9,000 minutes in 90 days = 100 minutes a day (700 a week); 20 hours missing → 12 days.
    const r = cardEligibility(LEIPZIG, facts({ minutesCurrentYear: 180 * 60, minutesRecent: 9_000 }), '2026-10-01');
    expect(r.projectedEligibleOn).toBe('2026-10-13');
    expect(r.recentMinutesPerWeek).toBe(700);
    expect(reportGroup(r, '2026-10-01')).toBe('soon');
    const slow = cardEligibility(LEIPZIG, facts({ minutesCurrentYear: 50 * 60, minutesRecent: 60 }), '2026-10-01');
    expect(slow.projectedEligibleOn).toBeNull();
    expect(reportGroup(slow, '2026-10-01')).toBe('notEligible');
  });
});

describe('Saxony, 6th edition: age 14, 24 months, 3 h a week on average', () => {
  const today = '2026-06-01';
  const days = 365; // 2025-06-02 … 2026-06-01
  it('meets the weekly average exactly at 3 h × days / 7, not a minute less', () => {
    const exact = Math.ceil((180 * days) / 7);
    const f = facts({ dateOfBirth: '2010-01-01', minutesRolling: exact });
    expect(cardEligibility(SACHSEN, f, today).eligible).toBe(true);
    const short = cardEligibility(SACHSEN, { ...f, minutesRolling: exact - 1 }, today);
    expect(short.reasons).toEqual([expect.objectContaining({ reason: 'hours', params: expect.objectContaining({ missingMinutes: 1, by: null }) })]);
  });

  it('checks the age on the day, and names the date it is reached', () => {
    const f = facts({ dateOfBirth: '2012-06-02', minutesRolling: 20_000 });
    expect(cardEligibility(SACHSEN, f, '2026-06-01').reasons).toEqual([{ reason: 'age', params: { minAge: 14, age: 13, reachedOn: '2026-06-02' }, metOn: '2026-06-02' }]);
    expect(cardEligibility(SACHSEN, f, '2026-06-02').eligible).toBe(true);
  });

  it('asks for the date of birth when the rule has a minimum age', () => {
    expect(cardEligibility(SACHSEN, facts({ dateOfBirth: null, minutesRolling: 20_000 }), today).reasons[0]!.reason).toBe('dateOfBirthMissing');
  });

  it('accepts volunteering in the county instead of residence', () => {
    expect(cardEligibility(SACHSEN, facts({ residesInCounty: false, minutesRolling: 20_000 }), today).eligible).toBe(true);
  });
});

describe('Bavaria blue: 250 h a year or 5 h a week, whichever is reached', () => {
  it('is eligible by the yearly sum even with a lower weekly average', () => {
    expect(cardEligibility(BAYERN_BLAU, facts({ dateOfBirth: '2000-01-01', firstActivity: '2020-01-01', minutesRolling: 250 * 60 }), '2026-06-01').eligible).toBe(true);
  });
});

describe('ages and leap years', () => {
  it('someone born on 29 February turns 18 on 1 March in a common year and on 29 February in a leap year', () => {
    expect(ageReachedOn('2008-02-29', 18)).toBe('2026-03-01');
    expect(ageReachedOn('2008-02-29', 16)).toBe('2024-02-29');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('the age on a day agrees with the day the age is reached, for every birthday', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1920-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 90 }), fc.integer({ min: -3, max: 3 }), (dob, years, shift) => {
        const reached = ageReachedOn(dob, years);
        const today = addDays(reached, shift);
        const age = ageOn(dob, today)!;
        return shift >= 0 ? age >= years : age < years;
      }),
    );
  });

  it('completed months clamp to the month end like PostgreSQL', () => {
    expect(completedMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(completedMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(completedMonths('2024-02-29', '2025-02-28')).toBe(12);
  });
});

describe('window edges', () => {
  it('the rolling 12 months start the day after the same date a year ago (366 days in a leap span)', () => {
    expect(factWindows({ kind: 'rollingMonths', months: 12 }, '2026-06-01').rollingFrom).toBe('2025-06-02');
    expect(factWindows({ kind: 'rollingMonths', months: 12 }, '2024-03-01').rollingFrom).toBe('2023-03-02');
    expect(factWindows({ kind: 'calendarYear' }, '2026-01-01')).toEqual(expect.objectContaining({ yearStart: '2026-01-01', previousYearStart: '2025-01-01', previousYearEnd: '2025-12-31' }));
  });

  it('a leap previous year with a weekly rule needs 366 days of average', () => {
    const weekly = { ...LEIPZIG, hours: { window: { kind: 'calendarYear' as const }, minutesPerYear: null, reducedMinutesPerYear: null, minutesPerWeek: 70 } };
    // 2024 has 366 days: 70 × 366 / 7 = 3660 minutes.
    expect(cardEligibility(weekly, facts({ minutesPreviousYear: 3660 }), '2025-05-01').eligible).toBe(true);
    expect(cardEligibility(weekly, facts({ minutesPreviousYear: 3659 }), '2025-05-01').eligible).toBe(false);
  });
});

describe('properties', () => {
  const arbFacts = fc.record({
    dateOfBirth: fc.option(fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1930-01-01', n)), { nil: null }),
    firstActivity: fc.option(fc.integer({ min: 0, max: 2_500 }).map((n) => addDays('2020-01-01', n)), { nil: null }),
    employedOrInTraining: fc.boolean(),
    residesInCounty: fc.boolean(),
    minutesCurrentYear: fc.integer({ min: 0, max: 30_000 }),
    minutesPreviousYear: fc.integer({ min: 0, max: 30_000 }),
    minutesRolling: fc.integer({ min: 0, max: 30_000 }),
    minutesRecent: fc.integer({ min: 0, max: 10_000 }),
    allowanceCentsPerMonth: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  });
  const arbRules = fc.constantFrom(...SEED_RULE_SETS.map((r) => r.parameters));
  const arbToday = fc.integer({ min: 0, max: 1_500 }).map((n) => addDays('2026-01-01', n));

  it('more approved hours never make anyone ineligible', () => {
    fc.assert(
      fc.property(arbRules, arbFacts, arbToday, fc.integer({ min: 0, max: 5_000 }), (r, f, today, extra) => {
        const before = cardEligibility(r, f, today);
        const after = cardEligibility(r, { ...f, minutesCurrentYear: f.minutesCurrentYear + extra, minutesPreviousYear: f.minutesPreviousYear + extra, minutesRolling: f.minutesRolling + extra }, today);
        return !before.eligible || after.eligible;
      }),
    );
  });

  it('eligible exactly when there is no reason, and a projection only when all reasons can be met', () => {
    fc.assert(
      fc.property(arbRules, arbFacts, arbToday, (r, f, today) => {
        const e = cardEligibility(r, f, today);
        if (e.eligible !== (e.reasons.length === 0)) return false;
        if (e.projectedEligibleOn !== null && (e.eligible || e.projectedEligibleOn <= today)) return false;
        return e.reasons.every((x) => x.metOn === null || x.metOn > today);
      }),
    );
  });
});
