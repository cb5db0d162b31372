import { wallClock, zonedToInstant } from './zoned-time';

export interface QuietHours {
  /** "HH:MM" local time when quiet starts, e.g. "20:00". */
  from: string;
  /** "HH:MM" local time when sending may resume, e.g. "07:00". */
  to: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * When a reminder written at `now` may be sent: null if now is outside the quiet hours,
 * otherwise the instant the quiet hours end (the next `to` on the local clock).
 */
export function endOfQuietHours(now: Date, quiet: QuietHours, timeZone: string): Date | null {
  const w = wallClock(now, timeZone);
  const current = w.hour * 60 + w.minute;
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  const wraps = from > to; // e.g. 20:00–07:00 spans midnight
  const quietNow = wraps ? current >= from || current < to : current >= from && current < to;
  if (!quietNow) return null;
  const resumeTomorrow = wraps && current >= from;
  const base = new Date(Date.UTC(w.year, w.month - 1, w.day + (resumeTomorrow ? 1 : 0)));
  return zonedToInstant({ year: base.getUTCFullYear(), month: base.getUTCMonth() + 1, day: base.getUTCDate() }, Math.floor(to / 60), to % 60, timeZone);
}
