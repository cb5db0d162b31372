import type { CardIneligibilityReason, CardRuleParameters } from '@miteinander/contracts';
import { addMonths } from '@miteinander/domain-calendar';
import { ageOn, ageReachedOn } from './age';
import type { CardFacts } from './facts';
import { hoursStanding } from './hours-requirement';
import { completedMonths } from './months';
import { factWindows, RECENT_PACE_DAYS } from './windows';

export interface CardReason {
  reason: CardIneligibilityReason;
  params: Record<string, string | number | null>;
  /** When the condition will be met by itself or at the recent pace; null when it will not be without a change. */
  metOn: string | null;
}

export interface CardEligibility {
  eligible: boolean;
  /** Unmet conditions, the main one (the furthest from being met) first. */
  reasons: CardReason[];
  age: number | null;
  monthsActive: number;
  activeSince: string | null;
  countedMinutes: number;
  requiredMinutes: number | null;
  windowFrom: string;
  windowTo: string;
  recentMinutesPerWeek: number;
  /** The day every condition is met at the recent pace; null when eligible now or not reachable so. */
  projectedEligibleOn: string | null;
}

/** Reasons nothing but a change of facts resolves come first, then the one met latest. */
function mainFirst(a: CardReason, b: CardReason): number {
  if (a.metOn === b.metOn) return 0;
  if (a.metOn === null) return -1;
  if (b.metOn === null) return 1;
  return a.metOn > b.metOn ? -1 : 1;
}

/**
 * Is a volunteer eligible for the honorary card under a rule set on `today` (a Europe/Berlin calendar date)?
 * Pure: the same facts and rules always give the same answer, in the single check and in the batch report.
 * Advisory: a coordinator decides, and may decide against it.
 */
export function cardEligibility(rules: CardRuleParameters, facts: CardFacts, today: string): CardEligibility {
  const windows = factWindows(rules.hours.window, today);
  const reasons: CardReason[] = [];
  const age = ageOn(facts.dateOfBirth, today);

  if (rules.minAge !== null) {
    if (age === null) reasons.push({ reason: 'dateOfBirthMissing', params: { minAge: rules.minAge }, metOn: null });
    else if (age < rules.minAge) {
      const reachedOn = ageReachedOn(facts.dateOfBirth!, rules.minAge);
      reasons.push({ reason: 'age', params: { minAge: rules.minAge, age, reachedOn }, metOn: reachedOn });
    }
  }

  const monthsActive = facts.firstActivity ? completedMonths(facts.firstActivity, today) : 0;
  if (rules.minMonthsActive > 0) {
    const reachedOn = facts.firstActivity ? addMonths(facts.firstActivity, rules.minMonthsActive) : null;
    if (reachedOn === null || reachedOn > today) {
      reasons.push({ reason: 'monthsActive', params: { needed: rules.minMonthsActive, have: monthsActive, since: facts.firstActivity, reachedOn }, metOn: reachedOn });
    }
  }

  const hours = hoursStanding(rules.hours, facts, windows);
  if (!hours.met) {
    reasons.push({
      reason: 'hours',
      params: { missingMinutes: hours.requiredMinutes - hours.countedMinutes, requiredMinutes: hours.requiredMinutes, by: hours.deadline },
      metOn: hours.projectedOn,
    });
  }

  const residesOrVolunteers = facts.residesInCounty || (rules.residence === 'countyOrVolunteering' && facts.firstActivity !== null);
  if (rules.residence !== 'none' && !residesOrVolunteers) reasons.push({ reason: 'residence', params: { rule: rules.residence }, metOn: null });

  const allowance = facts.allowanceCentsPerMonth;
  if (allowance !== null) {
    const perMonth = rules.maxAllowanceCentsPerMonth;
    const perYear = rules.maxAllowanceCentsPerYear;
    if ((perMonth !== null && allowance > perMonth) || (perYear !== null && allowance * 12 > perYear)) {
      reasons.push({ reason: 'allowance', params: { declaredCentsPerMonth: allowance, maxCentsPerMonth: perMonth, maxCentsPerYear: perYear }, metOn: null });
    }
  }

  reasons.sort(mainFirst);
  const eligible = reasons.length === 0;
  const projectable = !eligible && reasons.every((r) => r.metOn !== null);
  return {
    eligible,
    reasons,
    age,
    monthsActive,
    activeSince: facts.firstActivity,
    countedMinutes: hours.countedMinutes,
    requiredMinutes: hours.requiredMinutes,
    windowFrom: hours.windowFrom,
    windowTo: hours.windowTo,
    recentMinutesPerWeek: Math.round((facts.minutesRecent * 7) / RECENT_PACE_DAYS),
    projectedEligibleOn: projectable ? reasons.map((r) => r.metOn!).reduce((a, b) => (a > b ? a : b)) : null,
  };
}

/** The report's groups: eligible now, eligible within `soonMonths` at the recent pace, or not. */
export function reportGroup(result: CardEligibility, today: string, soonMonths = 3): 'eligible' | 'soon' | 'notEligible' {
  if (result.eligible) return 'eligible';
  if (result.projectedEligibleOn !== null && result.projectedEligibleOn <= addMonths(today, soonMonths)) return 'soon';
  return 'notEligible';
}
