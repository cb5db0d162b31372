import type { CardRuleParameters } from '@miteinander/contracts';

export interface SeedRuleSet {
  code: string;
  name: string;
  effectiveFrom: string;
  parameters: CardRuleParameters;
}

const H = 60;

/** The rule sets of domain.md "Ehrenamtskarte": the county's (default) and three for comparison. Version 1 of each. */
export const SEED_RULE_SETS: readonly SeedRuleSet[] = [
  {
    code: 'landkreis-leipzig',
    name: 'Landkreis Leipzig',
    effectiveFrom: '2020-01-01',
    parameters: {
      minAge: null,
      minMonthsActive: 12,
      hours: { window: { kind: 'calendarYear' }, minutesPerYear: 200 * H, reducedMinutesPerYear: 100 * H, minutesPerWeek: null },
      maxAllowanceCentsPerMonth: 25_000,
      maxAllowanceCentsPerYear: 300_000,
      residence: 'county',
      validity: { kind: 'months', months: 12 },
      yearlyQuota: null,
      numberPrefix: 'LL',
    },
  },
  {
    code: 'sachsen-6',
    name: 'Sachsen, 6. Auflage',
    effectiveFrom: '2025-01-01',
    parameters: {
      minAge: 14,
      minMonthsActive: 24,
      hours: { window: { kind: 'rollingMonths', months: 12 }, minutesPerYear: null, reducedMinutesPerYear: null, minutesPerWeek: 3 * H },
      maxAllowanceCentsPerMonth: 7_000,
      maxAllowanceCentsPerYear: 84_000,
      residence: 'countyOrVolunteering',
      validity: { kind: 'fixedEnd', endDate: '2027-12-31' },
      yearlyQuota: null,
      numberPrefix: 'SN',
    },
  },
  {
    code: 'bayern-blau',
    name: 'Bayern, blaue Karte (Vergleich)',
    effectiveFrom: '2020-01-01',
    parameters: {
      minAge: 16,
      minMonthsActive: 24,
      hours: { window: { kind: 'rollingMonths', months: 12 }, minutesPerYear: 250 * H, reducedMinutesPerYear: null, minutesPerWeek: 5 * H },
      maxAllowanceCentsPerMonth: null,
      maxAllowanceCentsPerYear: 300_000,
      residence: 'none',
      validity: { kind: 'months', months: 36 },
      yearlyQuota: null,
      numberPrefix: 'BY',
    },
  },
  {
    code: 'bayern-gold',
    name: 'Bayern, goldene Karte (Vergleich)',
    effectiveFrom: '2020-01-01',
    parameters: {
      minAge: null,
      minMonthsActive: 25 * 12,
      hours: { window: { kind: 'rollingMonths', months: 12 }, minutesPerYear: 250 * H, reducedMinutesPerYear: null, minutesPerWeek: 5 * H },
      maxAllowanceCentsPerMonth: null,
      maxAllowanceCentsPerYear: null,
      residence: 'none',
      validity: { kind: 'lifetime' },
      yearlyQuota: null,
      numberPrefix: 'BYG',
    },
  },
];
