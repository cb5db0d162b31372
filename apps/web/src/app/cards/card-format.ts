import { RTL_LOCALES, isLocale } from '@miteinander/contracts';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Minutes as hours in the UI language: "12,5 Std." (German), "12.5 h" (other languages).
 * In right-to-left languages isolated (FSI … PDI) so number and unit keep their order.
 */
export function formatCardHours(minutes: number, lang: string): string {
  const value = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(minutes / 60);
  const text = lang === 'de' ? `${value} Std.` : `${value} h`;
  return isLocale(lang) && RTL_LOCALES.includes(lang) ? `\u2068${text}\u2069` : text;
}

/**
 * A day in the UI language: "31.12.2026" in German, "31 Dec 2026" in English; '' for null.
 * Calendar dates (yyyy-mm-dd) are shown as they are; timestamps on the county's clock.
 */
export function formatCardDate(date: string | null, lang: string): string {
  if (!date) return '';
  const calendar = CALENDAR_DATE.test(date);
  const instant = new Date(calendar ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(instant.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    lang === 'de' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: calendar ? 'UTC' : 'Europe/Berlin' }).format(instant);
}
