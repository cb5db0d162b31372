import { addDays } from '@miteinander/domain-calendar';
import { hashToken, newSecretToken } from '@miteinander/server-platform';
import type { SignedIn } from '../test-support/people';
import { latestMailTo } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { clockOf, insertEvent, insertInvitation, rsvpTokenIn } from './event-fixtures';
import { staff, today } from './hours-fixtures';

const DAY = 86_400_000;
/** 04.12.2026 / 04/12/2026 from 2026-12-04. */
const german = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const british = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

describe('RSVP without an account (link from the invitation mail)', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await staff(t, 'koordination-rsvp@example.org');
  });
  afterEach(() => clockOf(t).reset());
  afterAll(() => t.close());

  const view = (token: string, lang = 'de') => t.http().get('/api/v1/public/rsvp').query({ token }).set('accept-language', lang);
  const answer = (body: Record<string, unknown>, lang = 'de') => t.http().post('/api/v1/public/rsvp').set('accept-language', lang).send(body);
  const staffPost = (path: string, body: object = {}) => coordinator.agent.post(`/api/v1/events${path}`).set('x-xsrf-token', coordinator.csrf).send(body);

  /** An event four weeks ahead, answers until two weeks before. */
  const newEvent = (o: { capacity?: number; plusOnesAllowed?: boolean; title?: string } = {}) =>
    insertEvent(t, { startsAt: new Date(Date.now() + 28 * DAY), rsvpDeadline: addDays(today(), 14), capacity: o.capacity ?? 50, plusOnesAllowed: o.plusOnesAllowed ?? true, title: o.title });

  /** Puts people on the list and sends the invitations through the API; returns each one's invitation id and RSVP token. */
  async function invite(eventId: string, people: { name: string; email: string }[]): Promise<{ id: string; email: string; token: string }[]> {
    const ids: string[] = [];
    for (const p of people) ids.push(await insertInvitation(t, { eventId, name: p.name, email: p.email, status: 'listed' }));
    const sent = await staffPost(`/${eventId}/send-invitations`);
    expect(sent.status).toBeLessThan(300);
    expect(sent.body.sent).toBe(people.length);
    return Promise.all(people.map(async (p, i) => ({ id: ids[i]!, email: p.email, token: rsvpTokenIn((await latestMailTo(t, p.email))!.body_text!) })));
  }

  /** An invitation that was sent, with an RSVP token as the invitation mail would carry. */
  async function invitedWithToken(eventId: string, p: { name: string; email: string }): Promise<{ id: string; email: string; token: string }> {
    const id = await insertInvitation(t, { eventId, name: p.name, email: p.email, status: 'invited' });
    const token = newSecretToken();
    await t.dataSource.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ($1, $2, 'rsvp')`, [hashToken(token), id]);
    return { id, email: p.email, token };
  }

  const invitation = async (id: string) => (await t.dataSource.query(`SELECT status, plus_one, plus_one_name, waitlist_seq, answered_at FROM event_invitations WHERE id = $1`, [id]))[0];
  const outboxCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox`))[0].n as number;

  it('shows the invitation, accepts with a plus-one, changes the answer and declines, with a confirmation mail each time', async () => {
    const eventId = await newEvent({ title: 'Ehrenamtsempfang' });
    const [anna] = await invite(eventId, [{ name: 'Anna Adler', email: 'anna.rsvp@example.org' }]);

    const shown = await view(anna!.token);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ name: 'Anna Adler', status: 'invited', canChange: true, seatsLeft: 50, waitlistPosition: null, event: { title: 'Ehrenamtsempfang', plusOnesAllowed: true, cancelled: false } });

    const accepted = await answer({ token: anna!.token, answer: 'accept', plusOne: true, plusOneName: ' Karl Adler ', accessibilityNeeds: 'Rollstuhlplatz', dietaryNeeds: 'vegetarisch', photoConsent: false });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', plusOne: true, plusOneName: 'Karl Adler', accessibilityNeeds: 'Rollstuhlplatz', dietaryNeeds: 'vegetarisch', photoConsent: false, seatsLeft: 48 });
    const confirmation = (await latestMailTo(t, 'anna.rsvp@example.org'))!;
    expect(confirmation.subject).toBe('Ihre Antwort: Ehrenamtsempfang');
    expect(confirmation.body_text).toContain('Sie haben zugesagt');
    // The confirmation carries a new link of its own; the invitation's link keeps working too.
    const fromConfirmation = rsvpTokenIn(confirmation.body_text!);
    expect(fromConfirmation).not.toBe(anna!.token);
    expect((await view(fromConfirmation)).body.status).toBe('accepted');

    const changed = await answer({ token: fromConfirmation, answer: 'accept', plusOne: false });
    expect(changed.body).toMatchObject({ status: 'accepted', plusOne: false, plusOneName: null, accessibilityNeeds: 'Rollstuhlplatz', seatsLeft: 49 });

    const declined = await answer({ token: anna!.token, answer: 'decline' });
    expect(declined.body).toMatchObject({ status: 'declined', seatsLeft: 50 });
    expect((await latestMailTo(t, 'anna.rsvp@example.org'))!.body_text).toContain('Sie haben abgesagt');
    expect((await invitation(anna!.id)).status).toBe('declined');

    const audit = await t.dataSource.query(`SELECT diff FROM audit_log WHERE entity = 'event_invitation' AND entity_id = $1 ORDER BY id`, [anna!.id]);
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit)).not.toContain('Rollstuhlplatz'); // personal needs are not copied into the trail
  });

  it('refuses answers after the deadline with the deadline in the message, and changes nothing', async () => {
    const eventId = await newEvent();
    const [ben] = await invite(eventId, [{ name: 'Ben Berg', email: 'ben.rsvp@example.org' }]);
    const deadline = addDays(today(), 14);
    const before = await outboxCount();

    clockOf(t).set(new Date(Date.now() + 15 * DAY));
    const late = await answer({ token: ben!.token, answer: 'accept' });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe(`Die Anmeldefrist ist am ${german(deadline)} abgelaufen. Bitte wenden Sie sich an die Freiwilligenzentrale.`);
    expect(late.body.errors[0].field).toBe('answer');
    const lateEn = await answer({ token: ben!.token, answer: 'decline' }, 'en');
    expect(lateEn.status).toBe(409);
    expect(lateEn.body.message).toContain(british(deadline));
    expect((await invitation(ben!.id)).status).toBe('invited');
    expect(await outboxCount()).toBe(before);
    expect((await view(ben!.token)).body.canChange).toBe(false);

    // On the deadline itself answers are still taken.
    clockOf(t).set(new Date(`${deadline}T20:00:00Z`));
    expect((await answer({ token: ben!.token, answer: 'accept' })).status).toBe(200);
  });

  it('refuses answers once the event has started or when it was cancelled', async () => {
    const eventId = await newEvent();
    const [cem] = await invite(eventId, [{ name: 'Cem Çelik', email: 'cem.rsvp@example.org' }]);
    await t.dataSource.query(`UPDATE recognition_events SET starts_at = now() - interval '1 hour', rsvp_deadline = $2 WHERE id = $1`, [eventId, today()]);
    expect((await answer({ token: cem!.token, answer: 'accept' })).body).toMatchObject({ statusCode: 409, message: expect.stringContaining('schon begonnen') });
    await t.dataSource.query(`UPDATE recognition_events SET starts_at = now() + interval '5 days', status = 'cancelled' WHERE id = $1`, [eventId]);
    const cancelled = await answer({ token: cem!.token, answer: 'accept' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.message).toContain('abgesagt');
    expect((await view(cem!.token)).body).toMatchObject({ canChange: false, event: { cancelled: true } });
    expect((await invitation(cem!.id)).status).toBe('invited');
  });

  it('answers 404 for a forged link, 410 for a replaced or withdrawn one, 400 for a wrong form', async () => {
    const eventId = await newEvent();
    const [dana, emil] = await invite(eventId, [
      { name: 'Dana Dorn', email: 'dana.rsvp@example.org' },
      { name: 'Emil Eck', email: 'emil.rsvp@example.org' },
    ]);

    const forged = await view('a'.repeat(43));
    expect(forged.status).toBe(404);
    expect(forged.body.errors[0]).toMatchObject({ field: 'token', message: expect.stringContaining('Diesen Link kennen wir nicht') });
    expect((await answer({ token: 'erfunden', answer: 'accept' })).status).toBe(404);

    // A re-sent invitation replaces the older links.
    expect((await staffPost(`/${eventId}/invitations/${dana!.id}/resend`)).status).toBeLessThan(300);
    const replaced = await view(dana!.token);
    expect(replaced.status).toBe(410);
    expect(replaced.body.errors[0].message).toContain('neuesten E-Mail');
    expect((await answer({ token: dana!.token, answer: 'accept' })).status).toBe(410);
    const newest = rsvpTokenIn((await latestMailTo(t, 'dana.rsvp@example.org'))!.body_text!);
    expect((await view(newest)).status).toBe(200);

    // Taken off the list: the link stops.
    expect((await coordinator.agent.delete(`/api/v1/events/${eventId}/invitations/${emil!.id}`).set('x-xsrf-token', coordinator.csrf)).status).toBeLessThan(300);
    expect((await view(emil!.token)).status).toBe(410);

    const noToken = await t.http().get('/api/v1/public/rsvp');
    expect(noToken.status).toBe(400);
    const wrong = await answer({ token: newest, answer: 'vielleicht', plusOneName: 'x'.repeat(201) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answer', 'plusOneName']);
    expect((await answer({ token: newest, answer: 'accept', extra: 1 })).status).toBe(400);
  });

  it('refuses a plus-one where none is allowed (400 naming the field), and a plus-one for whom no seat is left (409)', async () => {
    const solo = await newEvent({ plusOnesAllowed: false });
    const [fatma] = await invite(solo, [{ name: 'Fatma Fuchs', email: 'fatma.rsvp@example.org' }]);
    const refused = await answer({ token: fatma!.token, answer: 'accept', plusOne: true });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'plusOne', message: expect.stringMatching(/^Begleitung: .*keine Begleitung/) }]);
    expect((await invitation(fatma!.id)).status).toBe('invited');

    const small = await newEvent({ capacity: 2 });
    const [greta, hans] = await invite(small, [
      { name: 'Greta Gans', email: 'greta.rsvp@example.org' },
      { name: 'Hans Horn', email: 'hans.rsvp@example.org' },
    ]);
    expect((await answer({ token: greta!.token, answer: 'accept' })).body.status).toBe('accepted');
    expect((await answer({ token: hans!.token, answer: 'accept' })).body.status).toBe('accepted');
    const noSeat = await answer({ token: greta!.token, answer: 'accept', plusOne: true, plusOneName: 'Gustav' });
    expect(noSeat.status).toBe(409);
    expect(noSeat.body.message).toContain('kein Platz');
    expect(await invitation(greta!.id)).toMatchObject({ status: 'accepted', plus_one: false });
  });

  it('gives the last seats to the first of 100 parallel acceptances, queues the rest in order, and moves the first in line up', async () => {
    const eventId = await newEvent({ capacity: 10, plusOnesAllowed: false, title: 'Dankeschön-Fest' });
    const people = Array.from({ length: 100 }, (_, i) => ({ name: `Gast ${String(i + 1).padStart(3, '0')}`, email: `gast${i + 1}.rsvp@example.org` }));
    // Straight in the tables: a hundred QR codes and calendar files would only slow the race down.
    const invited = await Promise.all(people.map((p) => invitedWithToken(eventId, p)));

    const responses = await Promise.all(invited.map((p) => answer({ token: p.token, answer: 'accept' })));
    expect(responses.map((r) => r.status)).toEqual(invited.map(() => 200));
    const byName = new Map(responses.map((r) => [r.body.name as string, r.body]));
    expect(responses.filter((r) => r.body.status === 'accepted')).toHaveLength(10);
    expect(responses.filter((r) => r.body.status === 'waitlisted')).toHaveLength(90);

    const rows: { id: string; name: string; status: string; waitlist_seq: string | null }[] = await t.dataSource.query(
      `SELECT id, name, status, waitlist_seq FROM event_invitations WHERE event_id = $1 ORDER BY waitlist_seq NULLS FIRST, name`,
      [eventId],
    );
    expect(rows.filter((r) => r.status === 'accepted')).toHaveLength(10);
    const waiting = rows.filter((r) => r.status === 'waitlisted');
    // The place each one was told matches the order of the sequence, 1 … 90 without gaps or doubles.
    expect(waiting.map((r) => byName.get(r.name)!.waitlistPosition)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM event_invitations WHERE event_id = $1 AND status = 'accepted'`, [eventId]))[0].n).toBe(10);

    const leaving = invited.find((_, i) => byName.get(people[i]!.name)!.status === 'accepted')!;
    const first = waiting[0]!;
    const second = waiting[1]!;
    expect((await answer({ token: leaving.token, answer: 'decline' })).body).toMatchObject({ status: 'declined', seatsLeft: 0 });
    expect(await invitation(first.id)).toMatchObject({ status: 'accepted', waitlist_seq: null });
    const promoted: { template: string; attachments: { filename: string }[] | null; subject: string }[] = await t.dataSource.query(
      `SELECT o.template, o.attachments, o.subject FROM outbox o JOIN event_invitations i ON i.email = o.recipient WHERE i.id = $1 AND o.template = 'event-waitlist-promoted'`,
      [first.id],
    );
    expect(promoted).toHaveLength(1);
    expect(promoted[0]!.subject).toBe('Ein Platz ist frei: Dankeschön-Fest');
    expect(promoted[0]!.attachments).toHaveLength(2);
    const secondToken = invited.find((p) => p.id === second.id)!.token;
    expect((await view(secondToken)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    // A waitlisted person who answers again keeps their place.
    expect((await answer({ token: secondToken, answer: 'accept', dietaryNeeds: 'vegan' })).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  }, 180_000);
});
