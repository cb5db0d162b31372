import type { EventInput } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { Clock } from '@miteinander/server-platform';
import type { SignedIn } from '../test-support/people';
import type { TestApp } from '../test-support/test-app';
import { today } from './hours-fixtures';

/** Calls as a signed-in person; paths are under /api/v1 (`/events/…`, `/public/rsvp`). */
export function eventsApi(who: SignedIn, lang = 'de') {
  const withHeaders = <T extends { set: (k: string, v: string) => T }>(req: T) => req.set('x-xsrf-token', who.csrf).set('accept-language', lang);
  return {
    get: (path: string) => who.agent.get(`/api/v1${path}`).set('accept-language', lang),
    post: (path: string, body: unknown = {}) => withHeaders(who.agent.post(`/api/v1${path}`)).send(body as object),
    patch: (path: string, body: unknown = {}) => withHeaders(who.agent.patch(`/api/v1${path}`)).send(body as object),
    delete: (path: string) => withHeaders(who.agent.delete(`/api/v1${path}`)),
  };
}

/** The app's clock: tests stop and move it (`set`, `advance`) and must `reset` it when done. */
export const clockOf = (t: TestApp): Clock => t.app.get(Clock);

/** An evening reception in Borna four weeks from now, 50 seats, answers until two weeks before. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    kind: 'reception',
    title: 'Ehrenamtsempfang des Landkreises',
    startsAt: `${addDays(today(), 28)}T18:00`,
    endsAt: `${addDays(today(), 28)}T21:00`,
    venueName: 'Rathaus Borna, Festsaal',
    venueAddress: 'Markt 1, 04552 Borna',
    accessibility: 'Stufenloser Zugang über den Hof, Aufzug, barrierefreies WC, Induktionsschleife.',
    capacity: 50,
    rsvpDeadline: addDays(today(), 14),
    plusOnesAllowed: true,
    descriptionDe: 'Der Landrat dankt allen Ehrenamtlichen mit einem Empfang.',
    descriptionEn: 'The district administrator thanks all volunteers with a reception.',
    ...overrides,
  };
}

/** An event straight in the table (e.g. one that has already started), status `invited` unless told otherwise. */
export async function insertEvent(
  t: TestApp,
  e: { startsAt: Date; rsvpDeadline: string; capacity?: number; status?: string; plusOnesAllowed?: boolean; title?: string },
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO recognition_events (kind, title, starts_at, venue_name, venue_address, capacity, rsvp_deadline, plus_ones_allowed, status)
     VALUES ('reception', $1, $2, 'Rathaus Borna', 'Markt 1, 04552 Borna', $3, $4, $5, $6) RETURNING id`,
    [e.title ?? 'Empfang', e.startsAt, e.capacity ?? 50, e.rsvpDeadline, e.plusOnesAllowed ?? true, e.status ?? 'invited'],
  );
  return id;
}

/** An invitation straight in the table. */
export async function insertInvitation(
  t: TestApp,
  i: { eventId: string; name: string; email: string; status?: string; volunteerId?: string | null; plusOne?: boolean; locale?: string },
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO event_invitations (event_id, email_key, email, name, locale, volunteer_id, sources, status, plus_one, invited_at)
     VALUES ($1, lower($2), $2, $3, $4, $5, '{manual}', $6, $7, CASE WHEN $6 = 'listed' THEN NULL ELSE now() END) RETURNING id`,
    [i.eventId, i.email, i.name, i.locale ?? 'de', i.volunteerId ?? null, i.status ?? 'invited', i.plusOne ?? false],
  );
  return id;
}

/** The RSVP token of the newest mail to an address (rsvp?token=…). */
export function rsvpTokenIn(text: string): string {
  const match = /\/rsvp\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no RSVP link in: ${text}`);
  return match[1]!;
}

/** The admission code printed in a mail (K7QM-3XZP-9TRA). */
export function admissionCodeIn(text: string): string {
  const match = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(text);
  if (!match) throw new Error(`no admission code in: ${text}`);
  return match[1]!;
}
