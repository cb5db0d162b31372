const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Arabic pages show Western digits in dates like the rest of the app's figures; German and English as usual. */
function locale(lang: string): string {
  return lang === 'de' ? 'de-DE' : lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}

/**
 * A day in the UI language: "31.10.2026" (German), "31 Oct 2026" (English); '' for null. Calendar dates
 * (yyyy-mm-dd) are shown as they are, timestamps on the county's clock.
 */
export function formatDay(date: string | null | undefined, lang: string): string {
  if (!date) return '';
  const calendar = CALENDAR_DATE.test(date);
  const instant = new Date(calendar ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(instant.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    lang === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: calendar ? 'UTC' : 'Europe/Berlin' }).format(instant);
}

/** "10:42" for the autosave line. */
export function formatClock(instant: Date, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** Today as yyyy-mm-dd on the county's clock (the report's receipts may not lie in the future). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
