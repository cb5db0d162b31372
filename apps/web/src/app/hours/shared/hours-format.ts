/** Hours are logged in quarter-hour steps, at most a whole day per entry (the server checks the same). */
export const MINUTES_STEP = 15;
export const MAX_MINUTES_PER_DAY = 24 * 60;

/** "1:30" for 90 minutes: how people say a duration. */
export function clockHours(minutes: number): string {
  const whole = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return `${whole}:${String(rest).padStart(2, '0')}`;
}

/** "1,5" (German) or "1.5" (English) for 90 minutes: how totals are added up. */
export function decimalHours(minutes: number, locale: string, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(minutes / 60);
}
