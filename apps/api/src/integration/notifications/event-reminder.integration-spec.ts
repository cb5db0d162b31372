import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { insertEvent, insertInvitation, rsvpTokenIn } from '../event-fixtures';

/** 09:00 in Berlin (winter time) on the given day. */
const at = (day: string) => new Date(`${day}T08:00:00Z`);

describe('event reminders (a week and a day before for those who accepted, before the RSVP deadline for the rest)', () => {
  let t: TestApp;
  let runner: ReminderRunner;
  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(ReminderRunner);
  });
  afterAll(() => t.close());

  const sent = (): Promise<{ recipient: string; locale: string; subject: string; body_text: string; vars: Record<string, string> }[]> =>
    t.dataSource.query(`SELECT recipient, locale, subject, body_text, vars FROM outbox WHERE reminder_kind = 'event-reminder' ORDER BY created_at, recipient`);
  const to = async (name: string) => (await sent()).filter((m) => m.recipient === `${name}.reminder@example.org`);
  const tokens = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM event_invitation_tokens`))[0].n as number;

  async function invitee(eventId: string, name: string, status: string, locale = 'de'): Promise<string> {
    return insertInvitation(t, { eventId, name: `${name[0]!.toUpperCase()}${name.slice(1)} Muster`, email: `${name}.reminder@example.org`, status, locale });
  }

  it('reminds each group once on its day, in their language, with a working link; a replayed run sends nothing twice', async () => {
    // Saturday 20 March 2027, 18:00 in Borna; answers until 10 March (reminder 3 days before: 7 March).
    const eventId = await insertEvent(t, { startsAt: new Date('2027-03-20T17:00:00Z'), rsvpDeadline: '2027-03-10', title: 'Ehrenamtsempfang 2027' });
    await invitee(eventId, 'anna', 'accepted');
    await invitee(eventId, 'ben', 'accepted', 'en');
    await invitee(eventId, 'cem', 'invited');
    await invitee(eventId, 'dora', 'declined');
    const emil = await invitee(eventId, 'emil', 'invited');
    await t.dataSource.query(`UPDATE event_invitations SET status = 'waitlisted', waitlist_seq = nextval('event_waitlist_seq') WHERE id = $1`, [emil]);
    await invitee(eventId, 'fritz', 'listed');
    const cancelled = await insertEvent(t, { startsAt: new Date('2027-03-20T17:00:00Z'), rsvpDeadline: '2027-03-10', status: 'cancelled', title: 'Abgesagtes Fest' });
    await invitee(cancelled, 'gabi', 'accepted');
    await invitee(cancelled, 'hugo', 'invited');

    // Before the RSVP deadline: only those who have not answered.
    expect((await runner.run('event-reminder', at('2027-03-06'))).due).toBe(0);
    expect((await runner.run('event-reminder', at('2027-03-07'))).queued).toBe(1);
    const [toCem] = await to('cem');
    expect(toCem!.subject).toBe('Erinnerung: Ehrenamtsempfang 2027');
    expect(toCem!.vars).toMatchObject({
      name: 'Cem Muster',
      stage: 'Wir haben noch keine Antwort von Ihnen. Bitte sagen Sie bis zum 10.03.2027 zu oder ab.',
      when: 'Samstag, 20. März 2027, 18:00 Uhr',
      venue: 'Rathaus Borna, Markt 1, 04552 Borna',
    });
    const link = await t.http().get('/api/v1/public/rsvp').query({ token: rsvpTokenIn(toCem!.body_text) });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ name: 'Cem Muster', status: 'invited' });

    // A replay issues neither a mail nor a new link.
    const before = await tokens();
    expect(await runner.run('event-reminder', at('2027-03-07'))).toMatchObject({ due: 0, queued: 0 });
    expect(await tokens()).toBe(before);

    // A week before and the day before: only those who accepted.
    expect((await runner.run('event-reminder', at('2027-03-12'))).due).toBe(0);
    expect((await runner.run('event-reminder', at('2027-03-13'))).queued).toBe(2);
    expect((await runner.run('event-reminder', at('2027-03-13'))).queued).toBe(0);
    const [toBen] = await to('ben');
    expect(toBen!.locale).toBe('en');
    expect(toBen!.subject).toBe('Reminder: Ehrenamtsempfang 2027');
    expect(toBen!.vars).toMatchObject({ stage: 'It is only one week to go. We look forward to seeing you!', when: expect.stringMatching(/^Saturday,? 20 March 2027, 18:00$/) });
    expect((await runner.run('event-reminder', at('2027-03-18'))).due).toBe(0);
    expect((await runner.run('event-reminder', at('2027-03-19'))).queued).toBe(2);
    expect((await runner.run('event-reminder', at('2027-03-19'))).queued).toBe(0);
    expect((await runner.run('event-reminder', at('2027-03-20'))).due).toBe(0);

    expect((await to('anna')).map((m) => m.vars['stage'])).toEqual(['In einer Woche ist es so weit. Wir freuen uns auf Sie!', 'Morgen ist es so weit. Wir freuen uns auf Sie!']);
    expect(await to('ben')).toHaveLength(2);
    expect(await to('cem')).toHaveLength(1);
    // Declined, waiting, not yet invited, and everyone of the cancelled event: nothing.
    for (const name of ['dora', 'emil', 'fritz', 'gabi', 'hugo']) expect(await to(name)).toEqual([]);
  });

  it('does not remind people who answered in the meantime, nor for an event cancelled after the invitations', async () => {
    const eventId = await insertEvent(t, { startsAt: new Date('2027-11-26T17:00:00Z'), rsvpDeadline: '2027-11-15', title: 'Dankeschön-Fest' });
    const ida = await invitee(eventId, 'ida', 'invited');
    await invitee(eventId, 'jan', 'accepted');
    await t.dataSource.query(`UPDATE event_invitations SET status = 'declined' WHERE id = $1`, [ida]);
    expect((await runner.run('event-reminder', at('2027-11-12'))).due).toBe(0);
    await t.dataSource.query(`UPDATE recognition_events SET status = 'cancelled' WHERE id = $1`, [eventId]);
    expect((await runner.run('event-reminder', at('2027-11-19'))).due).toBe(0);
    expect((await runner.run('event-reminder', at('2027-11-25'))).due).toBe(0);
    expect(await to('jan')).toEqual([]);
  });
});
