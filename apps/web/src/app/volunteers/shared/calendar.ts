/** Today's calendar date ("yyyy-mm-dd") in Germany, whatever the device's time zone: the date the server checks against. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
