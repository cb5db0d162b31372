import { isCalendarDate } from '@miteinander/domain-calendar';

/** A phone's offline check-in may be recorded this long before the start (early arrivals, doors open early). */
export const EARLIEST_CHECK_IN_MS = 12 * 60 * 60 * 1000;

/** ISO instant with date, time and zone (Z or ±hh:mm), so a bare local time is not taken as UTC. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * When a check-in happened: the phone's own time for check-ins it queued offline, when that time is believable (a
 * real instant, not in the future, not more than 12 h before the start); otherwise the server's now.
 */
export function checkInInstant(scannedAt: string | undefined, now: Date, eventStart: Date): Date {
  // Date.parse rolls 30 February over into March; a day that does not exist is a broken clock, not a time.
  if (typeof scannedAt !== 'string' || !ISO_INSTANT.test(scannedAt) || !isCalendarDate(scannedAt.slice(0, 10))) return now;
  const t = Date.parse(scannedAt);
  if (Number.isNaN(t) || t > now.getTime() || t < eventStart.getTime() - EARLIEST_CHECK_IN_MS) return now;
  return new Date(t);
}
