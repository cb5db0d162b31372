import type { CardHoursWindow } from '@miteinander/contracts';
import { addDays, addMonths } from '@miteinander/domain-calendar';

/** Days of recent activity the pace (and so the projection) is measured over. */
export const RECENT_PACE_DAYS = 90;

/**
 * The date ranges the facts are summed over, for a rule's window and "today" (Europe/Berlin). The batch SQL takes
 * these as parameters, so the report and the single check count exactly the same days.
 */
export interface FactWindows {
  today: string;
  yearStart: string;
  yearEnd: string;
  previousYearStart: string;
  previousYearEnd: string;
  /** First day of the rolling window (the day after the same date N months ago). */
  rollingFrom: string;
  recentFrom: string;
}

export function factWindows(window: CardHoursWindow, today: string): FactWindows {
  const year = Number(today.slice(0, 4));
  const months = window.kind === 'rollingMonths' ? window.months : 12;
  return {
    today,
    yearStart: `${year}-01-01`,
    yearEnd: `${year}-12-31`,
    previousYearStart: `${year - 1}-01-01`,
    previousYearEnd: `${year - 1}-12-31`,
    rollingFrom: addDays(addMonths(today, -months), 1),
    recentFrom: addDays(today, -(RECENT_PACE_DAYS - 1)),
  };
}
