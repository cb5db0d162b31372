import { localDate } from '@miteinander/domain-reminders';

/** Hours are logged in quarter-hour steps. */
export const MINUTE_STEP = 15;
/** Nobody volunteers more than a whole day on one calendar day, across all their entries. */
export const MAX_MINUTES_PER_DAY = 24 * 60;

/** The rule a number of minutes breaks, or null; names match the registered message keys. */
export type MinutesProblem = 'minutesPositive' | 'quarterHour' | 'dailyLimit';

export function minutesProblem(minutes: number): MinutesProblem | null {
  if (!Number.isInteger(minutes) || minutes <= 0) return 'minutesPositive';
  if (minutes % MINUTE_STEP !== 0) return 'quarterHour';
  if (minutes > MAX_MINUTES_PER_DAY) return 'dailyLimit';
  return null;
}

/**
 * Whether one more entry would push the day past 24 hours.
 * `alreadyLogged` counts the day's submitted and approved entries (withdrawn and rejected ones do not count).
 */
export function exceedsDailyLimit(alreadyLogged: number, minutes: number): boolean {
  return alreadyLogged + minutes > MAX_MINUTES_PER_DAY;
}

/** Today's calendar date where the volunteers live (Europe/Berlin), not the server's or UTC's. */
export function todayIn(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

export function isInFuture(date: string, today: string): boolean {
  return date > today;
}

/** A closed period: entries dated on or before `lockedThrough` can be neither added nor changed. */
export function isLocked(date: string, lockedThrough: string | null): boolean {
  return lockedThrough !== null && date <= lockedThrough;
}
