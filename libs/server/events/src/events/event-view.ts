import type { EventCounts, EventInput, EventListItem, EventView } from '@miteinander/contracts';
import { parseLocalDateTime } from '@miteinander/domain-events';
import { wallClock, zonedToInstant } from '@miteinander/domain-reminders';
import type { EventRecord } from './event-record';

const pad = (n: number) => String(n).padStart(2, '0');

/** The county's wall clock of an instant as the form writes it: `yyyy-mm-ddThh:mm`. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant a checked local time (`yyyy-mm-ddThh:mm`) stands for in the county (DST-aware). */
export function instantOfLocal(local: string, timeZone: string): Date {
  const parsed = parseLocalDateTime(local);
  if (!parsed) throw new Error(`not a local date-time: ${local}`);
  const [year, month, day] = parsed.date.split('-').map(Number) as [number, number, number];
  return zonedToInstant({ year, month, day }, parsed.hour, parsed.minute, timeZone);
}

/** The form's values of a stored event, times shown back in the county's time zone. */
export function eventInputOf(e: EventRecord, timeZone: string): EventInput {
  return {
    kind: e.kind,
    title: e.title,
    startsAt: localDateTimeOf(new Date(e.startsAt), timeZone),
    endsAt: e.endsAt ? localDateTimeOf(new Date(e.endsAt), timeZone) : null,
    venueName: e.venueName,
    venueAddress: e.venueAddress,
    accessibility: e.accessibility,
    capacity: e.capacity,
    rsvpDeadline: e.rsvpDeadline,
    plusOnesAllowed: e.plusOnesAllowed,
    descriptionDe: e.descriptionDe,
    descriptionEn: e.descriptionEn,
  };
}

/** "Past" means the start has come: from then on the event is not changed any more. */
export const isPast = (e: Pick<EventRecord, 'startsAt'>, now: Date): boolean => new Date(e.startsAt).getTime() <= now.getTime();

export function toEventView(e: EventRecord, counts: EventCounts, clock: { now: Date; today: string; timeZone: string }): EventView {
  return {
    id: e.id,
    ...eventInputOf(e, clock.timeZone),
    status: e.status,
    startsAtInstant: new Date(e.startsAt).toISOString(),
    past: isPast(e, clock.now),
    rsvpClosed: clock.today > e.rsvpDeadline,
    counts,
    createdAt: new Date(e.createdAt).toISOString(),
  };
}

export function toEventListItem(e: EventRecord, counts: EventCounts, now: Date, timeZone: string): EventListItem {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    startsAt: localDateTimeOf(new Date(e.startsAt), timeZone),
    venueName: e.venueName,
    status: e.status,
    capacity: e.capacity,
    counts: { invited: counts.invited, accepted: counts.accepted, waitlisted: counts.waitlisted, seatsTaken: counts.seatsTaken, checkedIn: counts.checkedIn },
    past: isPast(e, now),
  };
}
