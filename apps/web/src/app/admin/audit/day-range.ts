/** A calendar day from a date input (yyyy-mm-dd) as the instant it starts, in the browser's time zone. */
export function startOfDay(day: string): string {
  return day ? new Date(`${day}T00:00:00`).toISOString() : '';
}

/** "Up to and including this day" for an API whose `to` is exclusive: the start of the next day. */
export function endOfDay(day: string): string {
  if (!day) return '';
  const next = new Date(`${day}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}
