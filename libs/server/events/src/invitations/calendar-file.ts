import ical, { ICalCalendarMethod } from 'ical-generator';
import type { MailAttachment } from '@miteinander/server-platform';
import type { EventRecord } from '../events/event-record';
import { venueLine } from '../event-format';

/** Events without an end time are put in the calendar for two hours. */
const DEFAULT_DURATION_MS = 2 * 3_600_000;

/**
 * The iCalendar file attached to invitations (RFC 5545). Times are written in UTC, which every calendar converts
 * correctly; the UID stays the same per event, so a second file updates the entry instead of adding one.
 */
export function calendarFile(event: EventRecord, description: string, uidDomain: string, countyName: string): MailAttachment {
  const calendar = ical({ prodId: { company: countyName, product: 'Miteinander', language: 'DE' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${event.id}@${uidDomain}`,
    start: event.startsAt,
    end: event.endsAt ?? new Date(event.startsAt.getTime() + DEFAULT_DURATION_MS),
    summary: event.title,
    location: venueLine(event),
    description,
  });
  return { filename: 'einladung.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', contentBase64: Buffer.from(calendar.toString(), 'utf8').toString('base64') };
}
