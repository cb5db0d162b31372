const BERLIN_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in the county (Europe/Berlin, as the server counts), as yyyy-mm-dd. */
export function todayInBerlin(now: Date = new Date()): string {
  const parts = Object.fromEntries(BERLIN_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
