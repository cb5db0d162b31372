import { CARD_RESIDENCE_RULES, type CardRuleParameters } from '@miteinander/contracts';
import { isCalendarDate } from '@miteinander/domain-calendar';

/** A broken rule on one field: the server turns it into a 400 naming the field, in the user's language. */
export interface CardRuleProblem {
  field: string;
  rule: string;
  n?: number;
}

const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const MAX_MINUTES_PER_YEAR = 366 * 24 * 60;
const MAX_CENTS = 100_000_000;

/** Everything wrong with a rule-set version's parameters, all at once (an admin fixes them in one go). */
export function ruleParameterProblems(p: CardRuleParameters): CardRuleProblem[] {
  const problems: CardRuleProblem[] = [];
  const check = (ok: boolean, field: string, rule: string, n?: number) => {
    if (!ok) problems.push(n === undefined ? { field, rule } : { field, rule, n });
  };
  check(p.minAge === null || isInt(p.minAge, 0, 120), 'minAge', 'range');
  check(isInt(p.minMonthsActive, 0, 1200), 'minMonthsActive', 'range');
  const h = p.hours;
  if (h.window.kind === 'rollingMonths') check(isInt(h.window.months, 1, 60), 'hours.window.months', 'range');
  check(h.minutesPerYear === null || isInt(h.minutesPerYear, 1, MAX_MINUTES_PER_YEAR), 'hours.minutesPerYear', 'range');
  check(h.minutesPerWeek === null || isInt(h.minutesPerWeek, 1, 7 * 24 * 60), 'hours.minutesPerWeek', 'range');
  check(h.minutesPerYear !== null || h.minutesPerWeek !== null, 'hours.minutesPerYear', 'oneThresholdNeeded');
  if (h.reducedMinutesPerYear !== null) {
    check(isInt(h.reducedMinutesPerYear, 1, MAX_MINUTES_PER_YEAR), 'hours.reducedMinutesPerYear', 'range');
    check(h.minutesPerYear !== null && h.reducedMinutesPerYear <= h.minutesPerYear, 'hours.reducedMinutesPerYear', 'notAboveYearly');
  }
  check(p.maxAllowanceCentsPerMonth === null || isInt(p.maxAllowanceCentsPerMonth, 0, MAX_CENTS), 'maxAllowanceCentsPerMonth', 'range');
  check(p.maxAllowanceCentsPerYear === null || isInt(p.maxAllowanceCentsPerYear, 0, MAX_CENTS), 'maxAllowanceCentsPerYear', 'range');
  check((CARD_RESIDENCE_RULES as readonly string[]).includes(p.residence), 'residence', 'oneOf');
  const v = p.validity;
  if (v.kind === 'months') check(isInt(v.months, 1, 600), 'validity.months', 'range');
  else if (v.kind === 'fixedEnd') check(isCalendarDate(v.endDate), 'validity.endDate', 'date');
  check(p.yearlyQuota === null || isInt(p.yearlyQuota, 1, 10_000_000), 'yearlyQuota', 'range');
  check(/^[A-Z]{1,6}$/.test(p.numberPrefix), 'numberPrefix', 'pattern');
  return problems;
}
