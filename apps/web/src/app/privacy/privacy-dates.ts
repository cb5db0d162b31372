/** Today's calendar date ("yyyy-mm-dd") in Germany, whatever the device's time zone: the date the deadline counts in. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole calendar days from one yyyy-mm-dd to another (negative when `to` is earlier); counted in UTC so no DST hour is lost. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A yyyy-mm-dd as the UI language writes a date, e.g. "4. Jan. 2027". */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
