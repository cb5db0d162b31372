import { addDays, addMonths, daysBetween } from '@miteinander/domain-calendar';

/** The date windows totals are computed over, for a given "today" (Europe/Berlin). */
export interface TotalsWindow {
  today: string;
  /** 1 January of the current year. */
  yearStart: string;
  /** First day of the rolling 12 months: the day after the same date a year ago. */
  rollingFrom: string;
}

export function totalsWindow(today: string): TotalsWindow {
  return { today, yearStart: `${today.slice(0, 4)}-01-01`, rollingFrom: addDays(addMonths(today, -12), 1) };
}

/**
 * Average minutes per week over the rolling 12 months, or since the first activity when that is more recent:
 * a volunteer who started three weeks ago averages over three weeks, not over a year.
 * At least one week is assumed, so a first day's entry is not multiplied by seven.
 */
export function averageMinutesPerWeek(rollingMinutes: number, firstActivity: string | null, window: TotalsWindow): number {
  if (!firstActivity || rollingMinutes <= 0) return 0;
  const start = firstActivity > window.rollingFrom ? firstActivity : window.rollingFrom;
  const days = daysBetween(start, window.today) + 1;
  const weeks = Math.max(1, days / 7);
  return Math.round(rollingMinutes / weeks);
}

/**
 * "12,5" in German, "12.5" in English: hours with up to two decimals (quarter hours), no trailing zeros.
 * Thousands are grouped only for reading ("1.234,5" on a certificate), never in data exports.
 */
export function formatHours(minutes: number, locale: 'de' | 'en', grouping = false): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2, useGrouping: grouping }).format(minutes / 60);
}
