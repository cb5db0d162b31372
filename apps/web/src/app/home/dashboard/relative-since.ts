import { daysBetween } from '../../sponsorships/shared/days';
import { todayInBerlin } from '../../volunteers/shared/calendar';

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE_MS = 60_000;

/**
 * "vor 23 Tagen", "gestern", "heute", "in 5 Tagen", "vor 2 Stunden" in the UI language (Intl does the grammar of every
 * language, RTL ones included). `since` is a calendar day (yyyy-mm-dd) or an instant (ISO); days count on the county's
 * calendar from `today` (the server's today, so a moved test clock moves this too), hours and minutes from `now`.
 */
export function relativeSince(since: string | null, today: string, now: Date, locale: string): string {
  if (!since) return '';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const instant = DAY_ONLY.test(since) ? null : new Date(since);
  if (instant && Number.isNaN(instant.getTime())) return '';
  const day = instant ? todayInBerlin(instant) : since;
  const days = daysBetween(today, day);
  if (Number.isNaN(days)) return '';
  if (days !== 0 || !instant) return inDays(format, days);
  // The same day: hours (or minutes) say more than "heute" for an email that failed this morning.
  const minutes = Math.round((instant.getTime() - now.getTime()) / MINUTE_MS);
  if (Math.abs(minutes) < 1) return format.format(0, 'second');
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  return format.format(Math.trunc(minutes / 60), 'hour');
}

// Up to about six weeks in days ("vor 23 Tagen" is what a coordinator counts in), beyond that in months.
function inDays(format: Intl.RelativeTimeFormat, days: number): string {
  return Math.abs(days) < 45 ? format.format(days, 'day') : format.format(Math.round(days / 30.44), 'month');
}
