/** Answers are accepted until the end of the deadline's day (Berlin), so on the deadline itself it is still open. */
export function rsvpOpen(rsvpDeadline: string, today: string): boolean {
  // yyyy-mm-dd strings compare like the dates they name.
  return today <= rsvpDeadline;
}
