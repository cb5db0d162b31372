/** Seats one accepted answer takes: the invitee, plus one for a companion. */
export function seatsFor(plusOne: boolean): number {
  return plusOne ? 2 : 1;
}

/** A yes takes its seats when they are all free; otherwise it waits in line (a party is never split). */
export function placeAnswer(freeSeats: number, seatsNeeded: number): 'accepted' | 'waitlisted' {
  return seatsNeeded <= freeSeats ? 'accepted' : 'waitlisted';
}

/**
 * Who moves up from the waiting list (oldest first) when seats become free: strictly in order, so the first in line
 * who does not fit (a party of two with one seat free) stops the promotion and nobody behind them jumps ahead.
 */
export function promotable(freeSeats: number, waitlist: { id: string; seats: number }[]): string[] {
  const promoted: string[] = [];
  let left = freeSeats;
  for (const entry of waitlist) {
    if (entry.seats > left) break;
    promoted.push(entry.id);
    left -= entry.seats;
  }
  return promoted;
}
