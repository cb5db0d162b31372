import type { SignedIn } from '../test-support/people';
import { latestMailTo } from '../test-support/people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { admissionCodeIn, insertEvent, insertInvitation } from './event-fixtures';
import { addVolunteer, staff, today } from './hours-fixtures';

const MINUTE = 60_000;

describe('check-in at the door', () => {
  let t: TestApp;
  let door: SignedIn;
  let eventId: string;
  const people: Record<string, { id: string; code: string }> = {};

  const post = (path: string, body: object) => door.agent.post(`/api/v1/events/${eventId}${path}`).set('x-xsrf-token', door.csrf).send(body);
  const checkIn = (body: object) => post('/check-ins', body);
  const get = (path: string) => door.agent.get(`/api/v1/events/${eventId}${path}`);

  /** An event starting in an hour; everyone invited through the API (each mail carries an admission code), then answered. */
  beforeAll(async () => {
    t = await createTestApp();
    door = await staff(t, 'einlass@example.org');
    eventId = await insertEvent(t, { startsAt: new Date(Date.now() + 60 * MINUTE), rsvpDeadline: today(), capacity: 20, title: 'Preisverleihung' });
    const list: [string, string, string, boolean][] = [
      ['Zora Zimmer', 'zora.door@example.org', 'accepted', true],
      ['Anton Amsel', 'anton.door@example.org', 'accepted', false],
      ['Berta Birke', 'berta.door@example.org', 'accepted', false],
      ['Carl Clausen', 'carl.door@example.org', 'waitlisted', false],
      ['Doris Dahl', 'doris.door@example.org', 'declined', false],
      ['Egon Ernst', 'egon.door@example.org', 'invited', false],
      ['Frida Fink', 'frida.door@example.org', 'removed', false],
    ];
    for (const [name, email] of list) people[name] = { id: await insertInvitation(t, { eventId, name, email, status: 'listed' }), code: '' };
    const sent = await door.agent.post(`/api/v1/events/${eventId}/send-invitations`).set('x-xsrf-token', door.csrf).send({});
    expect(sent.status).toBeLessThan(300);
    for (const [name, email, status, plusOne] of list) {
      people[name]!.code = admissionCodeIn((await latestMailTo(t, email))!.body_text!);
      await t.dataSource.query(
        `UPDATE event_invitations SET status = $2, plus_one = $3, waitlist_seq = CASE WHEN $2 = 'waitlisted' THEN nextval('event_waitlist_seq') END WHERE id = $1`,
        [people[name]!.id, status, plusOne],
      );
    }
  });
  afterAll(() => t.close());

  it('checks in by the code from the mail; a second scan returns the first time', async () => {
    const first = await checkIn({ code: people['Anton Amsel']!.code, clientRef: 'phone-1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, clientRef: 'phone-1', invitationId: people['Anton Amsel']!.id, name: 'Anton Amsel', status: 'accepted', plusOne: false, alreadyCheckedIn: false, message: null });
    expect(Math.abs(Date.parse(first.body.checkedInAt) - Date.now())).toBeLessThan(60_000);

    // The QR code's content (with its prefix), typed in lower case: the same person, the same (first) time.
    const again = await checkIn({ code: `MIT-EVENT:${people['Anton Amsel']!.code.toLowerCase()}` });
    expect(again.body).toMatchObject({ ok: true, alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const [row] = await t.dataSource.query(`SELECT checked_in_at, checked_in_by FROM event_invitations WHERE id = $1`, [people['Anton Amsel']!.id]);
    expect(new Date(row.checked_in_at).toISOString()).toBe(first.body.checkedInAt);
    expect(row.checked_in_by).toBe(door.userId);
    const audit = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE entity = 'event_invitation' AND entity_id = $1 AND diff ? 'checkedInAt'`, [people['Anton Amsel']!.id]);
    expect(audit).toEqual([{ actor_id: door.userId }]);
  });

  it('checks in by name (invitation id) and warns about people who are not registered', async () => {
    const zora = await checkIn({ invitationId: people['Zora Zimmer']!.id });
    expect(zora.body).toMatchObject({ ok: true, name: 'Zora Zimmer', plusOne: true, message: null });
    expect((await checkIn({ invitationId: people['Carl Clausen']!.id })).body).toMatchObject({ ok: true, status: 'waitlisted', message: 'Achtung: steht auf der Warteliste (Platz 1).' });
    expect((await checkIn({ invitationId: people['Doris Dahl']!.id })).body).toMatchObject({ ok: true, status: 'declined', message: expect.stringContaining('abgesagt') });
    const egon = await door.agent.post(`/api/v1/events/${eventId}/check-ins`).set('x-xsrf-token', door.csrf).set('accept-language', 'en').send({ code: people['Egon Ernst']!.code });
    expect(egon.body).toMatchObject({ ok: true, status: 'invited', message: 'Note: not registered (no acceptance).' });
  });

  it('answers ok = false with a message for unknown, withdrawn and foreign codes and people', async () => {
    const unknown = await checkIn({ code: 'AAAA-BBBB-CCCC', clientRef: 'x' });
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ ok: false, clientRef: 'x', invitationId: null, name: null, checkedInAt: null, message: expect.stringContaining('kennen wir nicht') });
    expect((await checkIn({ code: 'irgendein QR-Code' })).body).toMatchObject({ ok: false });
    expect((await checkIn({ code: people['Frida Fink']!.code })).body).toMatchObject({ ok: false, message: expect.stringContaining('gilt nicht mehr') });
    expect((await checkIn({ invitationId: people['Frida Fink']!.id })).body).toMatchObject({ ok: false, message: expect.stringContaining('nicht auf der Einladungsliste') });
    expect((await checkIn({})).body).toMatchObject({ ok: false, message: expect.stringContaining('Einlass-Code') });

    const other = await insertEvent(t, { startsAt: new Date(Date.now() + 60 * MINUTE), rsvpDeadline: today(), title: 'Anderes Fest' });
    const stranger = await insertInvitation(t, { eventId: other, name: 'Gerd Gast', email: 'gerd.door@example.org' });
    expect((await checkIn({ invitationId: stranger })).body).toMatchObject({ ok: false });
    const foreign = await door.agent.post(`/api/v1/events/${other}/check-ins`).set('x-xsrf-token', door.csrf).send({ code: people['Berta Birke']!.code });
    expect(foreign.body).toMatchObject({ ok: false, message: expect.stringContaining('anderen Veranstaltung') });
    expect((await t.dataSource.query(`SELECT checked_in_at FROM event_invitations WHERE id = $1`, [people['Berta Birke']!.id]))[0].checked_in_at).toBeNull();
  });

  it('takes an offline batch in order, each item on its own, with the time the phone recorded', async () => {
    const scannedAt = new Date(Date.now() - 10 * MINUTE).toISOString();
    const res = await post('/check-ins/batch', {
      items: [
        { code: people['Berta Birke']!.code, scannedAt, clientRef: 'q1' },
        { code: 'ZZZZ-ZZZZ-ZZZZ', scannedAt, clientRef: 'q2' },
        { invitationId: people['Anton Amsel']!.id, scannedAt, clientRef: 'q3' },
        { code: people['Berta Birke']!.code, scannedAt: new Date(Date.now() - 5 * MINUTE).toISOString(), clientRef: 'q4' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { clientRef: string; ok: boolean; alreadyCheckedIn: boolean }) => [r.clientRef, r.ok, r.alreadyCheckedIn])).toEqual([
      ['q1', true, false],
      ['q2', false, false],
      ['q3', true, true],
      ['q4', true, true],
    ]);
    expect(res.body.results[0].checkedInAt).toBe(scannedAt);
    expect(res.body.results[3].checkedInAt).toBe(scannedAt);

    // A phone clock in the future is not believed: the server's time counts.
    const hilde = await insertInvitation(t, { eventId, name: 'Hilde Hahn', email: 'hilde.door@example.org', status: 'accepted' });
    const future = await post('/check-ins/batch', { items: [{ invitationId: hilde, scannedAt: new Date(Date.now() + 60 * MINUTE).toISOString() }] });
    expect(future.body.results[0]).toMatchObject({ ok: true, alreadyCheckedIn: false });
    expect(Math.abs(Date.parse(future.body.results[0].checkedInAt) - Date.now())).toBeLessThan(60_000);

    const tooMany = await post('/check-ins/batch', { items: Array.from({ length: 501 }, () => ({ code: 'AAAA-BBBB-CCCC' })) });
    expect(tooMany.status).toBe(400);
    expect((await post('/check-ins/batch', { items: [{ invitationId: 'kein-uuid' }] })).status).toBe(400);
  });

  it('counts who is expected and who is in, and lists everyone who may come by name', async () => {
    const counts = await get('/check-in/counts');
    // Accepted: Zora (+1), Anton, Berta, Hilde; checked in: those four, Carl, Doris, Egon.
    expect(counts.body).toEqual({ expected: 4, checkedIn: 7, expectedPeople: 5, checkedInPeople: 8 });

    const list = await get('/door-list');
    expect(list.status).toBe(200);
    expect(list.body.map((e: { name: string }) => e.name)).toEqual(['Anton Amsel', 'Berta Birke', 'Carl Clausen', 'Doris Dahl', 'Egon Ernst', 'Hilde Hahn', 'Zora Zimmer']);
    expect(list.body[6]).toMatchObject({ invitationId: people['Zora Zimmer']!.id, status: 'accepted', plusOne: true, checkedInAt: expect.any(String) });
  });

  it('is for staff only, checks ids, and refuses a cancelled event', async () => {
    const volunteer = await addVolunteer(t, { firstName: 'Vera', lastName: 'Voll', email: 'vera.door@example.org' });
    expect((await volunteer.signedIn!.agent.get(`/api/v1/events/${eventId}/door-list`)).status).toBe(403);
    expect((await t.http().get(`/api/v1/events/${eventId}/check-in/counts`)).status).toBe(401);
    expect((await door.agent.get(`/api/v1/events/kein-uuid/door-list`)).status).toBe(404); // a malformed id names no record
    expect((await door.agent.get(`/api/v1/events/00000000-0000-4000-8000-000000000000/door-list`)).status).toBe(404);

    await t.dataSource.query(`UPDATE recognition_events SET status = 'cancelled' WHERE id = $1`, [eventId]);
    const refused = await checkIn({ invitationId: people['Zora Zimmer']!.id });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('abgesagt');
    expect((await post('/check-ins/batch', { items: [] })).status).toBe(409);
  });
});
