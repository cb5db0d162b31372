import type { CardHoursRule } from '@miteinander/contracts';
import { addDays, daysBetween } from '@miteinander/domain-calendar';
import type { CardFacts } from './facts';
import { RECENT_PACE_DAYS, type FactWindows } from './windows';

/** How the hours condition stands: the window shown, what counts, what is needed, and when it would be met at the recent pace. */
export interface HoursStanding {
  met: boolean;
  windowFrom: string;
  windowTo: string;
  countedMinutes: number;
  /** The smallest sum in this window that meets the rule (either threshold suffices). */
  requiredMinutes: number;
  /** Set when the window has a deadline (calendar year: 31 December). */
  deadline: string | null;
  /** At the recent pace; null when met or not reachable (in time) at this pace. */
  projectedOn: string | null;
}

/** The yearly threshold that applies to this person: the reduced one when employed ≥ 20 h/week or in training. */
function yearlyThreshold(rule: CardHoursRule, facts: CardFacts): number | null {
  if (facts.employedOrInTraining && rule.reducedMinutesPerYear !== null) return rule.reducedMinutesPerYear;
  return rule.minutesPerYear;
}

/** Minutes a stretch of `days` needs: the yearly threshold scaled to the stretch's months, or the weekly average over its days. */
function required(rule: CardHoursRule, facts: CardFacts, days: number, yearlyScale: number): number {
  const candidates: number[] = [];
  const yearly = yearlyThreshold(rule, facts);
  if (yearly !== null) candidates.push(Math.ceil(yearly * yearlyScale));
  // Integer arithmetic: an average of W minutes/week over `days` days is W * days / 7, rounded up.
  if (rule.minutesPerWeek !== null) candidates.push(Math.ceil((rule.minutesPerWeek * days) / 7));
  return candidates.length ? Math.min(...candidates) : 0;
}

function projectDate(today: string, missing: number, recentMinutes: number): string | null {
  if (recentMinutes <= 0) return null;
  return addDays(today, Math.ceil((missing * RECENT_PACE_DAYS) / recentMinutes));
}

export function hoursStanding(rule: CardHoursRule, facts: CardFacts, w: FactWindows): HoursStanding {
  if (rule.window.kind === 'calendarYear') {
    // The previous full year counts, and so does the current one once it reaches the threshold (by 31 December).
    const previousDays = daysBetween(w.previousYearStart, w.previousYearEnd) + 1;
    const previousNeeded = required(rule, facts, previousDays, 1);
    if (facts.minutesPreviousYear >= previousNeeded) {
      return { met: true, windowFrom: w.previousYearStart, windowTo: w.previousYearEnd, countedMinutes: facts.minutesPreviousYear, requiredMinutes: previousNeeded, deadline: null, projectedOn: null };
    }
    const yearDays = daysBetween(w.yearStart, w.yearEnd) + 1;
    const needed = required(rule, facts, yearDays, 1);
    const met = facts.minutesCurrentYear >= needed;
    const projected = met ? null : projectDate(w.today, needed - facts.minutesCurrentYear, facts.minutesRecent);
    return {
      met,
      windowFrom: w.yearStart,
      windowTo: w.yearEnd,
      countedMinutes: facts.minutesCurrentYear,
      requiredMinutes: needed,
      deadline: w.yearEnd,
      projectedOn: projected !== null && projected <= w.yearEnd ? projected : null,
    };
  }
  const days = daysBetween(w.rollingFrom, w.today) + 1;
  const needed = required(rule, facts, days, rule.window.months / 12);
  const met = facts.minutesRolling >= needed;
  // Old hours drop out of a rolling window: the recent pace must fill the whole window to ever get there.
  const sustainable = (facts.minutesRecent * days) / RECENT_PACE_DAYS >= needed;
  return {
    met,
    windowFrom: w.rollingFrom,
    windowTo: w.today,
    countedMinutes: facts.minutesRolling,
    requiredMinutes: needed,
    deadline: null,
    projectedOn: met || !sustainable ? null : projectDate(w.today, needed - facts.minutesRolling, facts.minutesRecent),
  };
}
