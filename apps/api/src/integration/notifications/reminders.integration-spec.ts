import { DigestSender, ReminderRegistry, ReminderRunner, type DueReminder } from '@miteinander/server-notifications';
import { OutboxRelay } from '@miteinander/server-platform';
import { createTestApp, waitFor, type TestApp } from '../../test-support/test-app';
import { createUser, signIn } from '../../test-support/people';

async function addVolunteer(t: TestApp, firstName: string, email: string, status = 'active'): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO volunteers (first_name, last_name, email, status) VALUES ($1, 'Test', $2, $3) RETURNING id`,
    [firstName, email, status],
  );
  return id;
}

const DAY = new Date('2026-12-01T09:00:00Z'); // 10:00 in Berlin, outside quiet hours

describe('reminder engine', () => {
  let t: TestApp;
  let runner: ReminderRunner;
  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(ReminderRunner);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.dataSource.query(`TRUNCATE outbox, volunteers, hour_entries, organisations, reminder_digest_items, mail_preferences CASCADE`);
  });

  it('nudges every active volunteer once a month, even when runs are replayed or run at the same time', async () => {
    await addVolunteer(t, 'Anna', 'anna.n@example.org');
    await addVolunteer(t, 'Lukas', 'lukas.n@example.org');
    await addVolunteer(t, 'Petra', 'petra.n@example.org', 'paused');
    const results = await Promise.all([runner.run('hours-nudge', DAY), runner.run('hours-nudge', DAY), runner.run('hours-nudge', DAY)]);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(2);
    await runner.run('hours-nudge', new Date('2026-12-15T09:00:00Z'));
    const rows = await t.dataSource.query(`SELECT recipient, subject, dedupe_key FROM outbox ORDER BY recipient`);
    expect(rows.map((r: { recipient: string }) => r.recipient)).toEqual(['anna.n@example.org', 'lukas.n@example.org']);
    expect(rows[0].subject).toBe('Haben Sie Ihre Stunden für November 2026 schon eingetragen?');
    expect(rows[0].dedupe_key).toMatch(/^hours-nudge:.+:2026-12-01$/);
    await waitFor(async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`))[0].n === 2, 10_000, 'sent');
  });

  it('holds reminders written during quiet hours until 07:00 Berlin time', async () => {
    await addVolunteer(t, 'Nachteule', 'eule@example.org');
    await runner.run('hours-nudge', new Date('2036-12-01T21:30:00Z')); // 22:30 in Berlin, and still ahead of the clock when the relay runs
    const [row] = await t.dataSource.query(`SELECT status, not_before FROM outbox`);
    expect(new Date(row.not_before).toISOString()).toBe('2036-12-02T06:00:00.000Z');
    await t.app.get(OutboxRelay).tick();
    expect((await t.dataSource.query(`SELECT status FROM outbox`))[0].status).toBe('pending');
  });

  it('records a switched-off reminder as suppressed and sends nothing', async () => {
    await addVolunteer(t, 'Still', 'still@example.org');
    await t.dataSource.query(`INSERT INTO mail_preferences (email, kind, mode) VALUES ('still@example.org', 'hours-nudge', 'off')`);
    const result = await runner.run('hours-nudge', DAY);
    expect(result).toMatchObject({ queued: 0, suppressed: 1 });
    await t.app.get(OutboxRelay).tick();
    expect((await t.dataSource.query(`SELECT status, attempts FROM outbox`))[0]).toEqual({ status: 'suppressed', attempts: 0 });
  });

  it('bundles reminders into one weekly digest for people who chose it, once', async () => {
    // The engine's part: what the event provider finds due is given here (its own spec covers finding it).
    const provider = t.app.get(ReminderRegistry).get('event-reminder')!;
    const due: DueReminder[] = [
      { subjectKey: 'fest', dueDate: '2026-12-05', to: 'digest@example.org', locale: 'de', template: 'hours-nudge', vars: { name: 'D', month: 'x', link: 'l' }, digestLine: 'Dankeschön-Fest am 12.12.2026: Zusage fehlt noch' },
      { subjectKey: 'empfang', dueDate: '2026-12-05', to: 'digest@example.org', locale: 'de', template: 'hours-nudge', vars: { name: 'D', month: 'x', link: 'l' }, digestLine: 'Ehrenamtsempfang morgen, 18 Uhr' },
    ];
    const collect = jest.spyOn(provider, 'collectDue').mockResolvedValue(due);
    await t.dataSource.query(`INSERT INTO mail_preferences (email, kind, mode) VALUES ('digest@example.org', 'event-reminder', 'digest')`);
    expect(await runner.run('event-reminder', DAY)).toMatchObject({ digested: 2, queued: 0 });
    expect(await runner.run('event-reminder', DAY)).toMatchObject({ digested: 0, duplicates: 2 });
    const digests = t.app.get(DigestSender);
    expect(await digests.send(DAY)).toBe(1);
    expect(await digests.send(DAY)).toBe(0);
    const mails = await t.dataSource.query(`SELECT template, subject, body_text FROM outbox WHERE recipient = 'digest@example.org'`);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Ihre Erinnerungen dieser Woche (2)');
    expect(mails[0].body_text).toContain('• Dankeschön-Fest am 12.12.2026: Zusage fehlt noch\n• Ehrenamtsempfang morgen, 18 Uhr');
    collect.mockRestore();
  });

  it('tells coordinators and organisation contacts how many hour entries wait for approval', async () => {
    await createUser(t, 'koord.stunden@example.org', ['coordinator']);
    const [{ id: org }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Tafel Borna', 'association') RETURNING id`);
    await t.dataSource.query(`INSERT INTO organisation_contacts (organisation_id, name, email) VALUES ($1, 'Tafel Borna', 'tafel@example.org')`, [org]);
    const v = await addVolunteer(t, 'Anna', 'anna.h@example.org');
    for (const [date, o] of [['2026-11-03', org], ['2026-11-20', org], ['2026-11-21', null]]) {
      await t.dataSource.query(`INSERT INTO hour_entries (volunteer_id, organisation_id, activity_date, minutes, activity) VALUES ($1, $2, $3, 90, 'Begleitung')`, [v, o, date]);
    }
    await runner.run('hours-approval-digest', DAY);
    const rows = await t.dataSource.query(`SELECT recipient, subject, body_text FROM outbox ORDER BY recipient`);
    expect(rows.map((r: { recipient: string; subject: string }) => [r.recipient, r.subject])).toEqual([
      ['koord.stunden@example.org', '3 Stundeneinträge warten auf Freigabe'],
      ['tafel@example.org', '2 Stundeneinträge warten auf Freigabe'],
    ]);
    expect(rows[0].body_text).toContain('Der älteste ist vom 3.11.2026.');
  });

  it('lets a coordinator resend a failed mail as a new message', async () => {
    await createUser(t, 'koord.resend@example.org', ['coordinator']);
    const c = await signIn(t, 'koord.resend@example.org');
    await addVolunteer(t, 'Fehl', 'fehl@example.org');
    await runner.run('hours-nudge', DAY);
    const [original] = await t.dataSource.query(`SELECT id FROM outbox WHERE recipient = 'fehl@example.org'`);
    await waitFor(async () => (await t.dataSource.query(`SELECT status FROM outbox WHERE id = $1`, [original.id]))[0].status === 'sent', 10_000, 'sent');
    expect((await c.agent.post(`/api/v1/mail/${original.id}/resend`).set('x-xsrf-token', c.csrf)).status).toBe(409);
    await t.dataSource.query(`UPDATE outbox SET status = 'failed', last_error = '550 Mailbox unavailable' WHERE id = $1`, [original.id]);
    const res = await c.agent.post(`/api/v1/mail/${original.id}/resend`).set('x-xsrf-token', c.csrf);
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(original.id);
    expect(res.body.messageId).not.toBe((await c.agent.get(`/api/v1/mail/${original.id}`)).body.messageId);
    await waitFor(async () => (await c.agent.get(`/api/v1/mail/${res.body.id}`)).body.status === 'sent', 10_000, 'resent');
    const log = await c.agent.get('/api/v1/mail').query({ q: 'fehl@', template: 'hours-nudge' });
    expect(log.body.items.map((m: { status: string }) => m.status).sort()).toEqual(['failed', 'sent']);
    expect(log.body.items[0].reminderKind).toBe('hours-nudge');
  });
});
