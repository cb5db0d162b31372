import { ReminderRunner } from '@miteinander/server-notifications';
import { SMTPServer } from 'smtp-server';
import { createTestApp, waitFor, type TestApp } from '../test-support/test-app';
import { createUser } from '../test-support/people';

interface Received {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server in this process: refuses recipients at "refuse.example.org" with 550 (permanent),
 * and answers the first try for "busy.example.org" with 451 (try again later).
 */
async function startSmtp(): Promise<{ port: number; received: Received[]; stop: () => Promise<void> }> {
  const received: Received[] = [];
  const busyTries = new Map<string, number>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refuse.example.org')) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      }
      if (address.address.endsWith('@busy.example.org')) {
        const tries = (busyTries.get(address.address) ?? 0) + 1;
        busyTries.set(address.address, tries);
        if (tries === 1) return callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('password-reset mail over SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_MESSAGE_ID_DOMAIN: 'test.miteinander.local' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('arrives at the SMTP server with the reset link and a deterministic Message-ID', async () => {
    const user = await createUser(t, 'smtp.person@example.org', ['volunteer']);
    expect((await t.http().post('/api/v1/auth/password-reset/request').send({ email: user.email })).status).toBe(202);
    const mail = await waitFor(async () => smtp.received.find((m) => m.to.includes(user.email)), 15_000, 'mail at the SMTP server');
    const [row] = await t.dataSource.query(`SELECT id, status, message_id, html FROM outbox WHERE recipient = $1`, [user.email]);
    expect(mail.raw).toMatch(/Subject: Passwort zur=C3=BCcksetzen|Subject: =\?UTF-8\?Q\?Passwort_zur=C3=BCcksetzen\?=/);
    expect(mail.raw.replace(/=\r?\n/g, '')).toMatch(/reset-password\?token=[A-Za-z0-9_-]{40,}/);
    expect(row.message_id).toBe(`<${row.id}@test.miteinander.local>`);
    expect(mail.raw).toContain(`Message-ID: ${row.message_id}`);
    // A password reset is mandatory: no unsubscribe offer.
    expect(mail.raw).not.toMatch(/List-Unsubscribe/i);
    await waitFor(async () => (await t.dataSource.query(`SELECT status FROM outbox WHERE id = $1`, [row.id]))[0].status === 'sent', 5000, 'sent status');
    // Delivered over SMTP, the stored copy keeps a readable preview but not the one-time link.
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.raw.replace(/=\r?\n/g, ''))![1]!;
    const [after] = await t.dataSource.query(`SELECT html, body_text, vars FROM outbox WHERE id = $1`, [row.id]);
    expect(after.body_text).toContain('Neues Passwort festlegen: […]');
    expect(JSON.stringify(after)).not.toContain(token);
    expect(after.vars).toEqual({ name: 'smtp.person' });
  });

  it('marks a permanently refused message as failed, with the reason, without retrying', async () => {
    const user = await createUser(t, 'niemand@refuse.example.org', ['volunteer']);
    await t.http().post('/api/v1/auth/password-reset/request').send({ email: user.email });
    const row = await waitFor(async () => {
      const [r] = await t.dataSource.query(`SELECT status, attempts, last_error FROM outbox WHERE recipient = $1`, [user.email]);
      return r?.status === 'failed' ? r : undefined;
    }, 15_000, 'failed status');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/550/);
    expect(smtp.received.some((m) => m.to.includes(user.email))).toBe(false);
  });

  it('tries again after a temporary refusal and then delivers', async () => {
    const user = await createUser(t, 'geduld@busy.example.org', ['volunteer']);
    await t.http().post('/api/v1/auth/password-reset/request').send({ email: user.email });
    await waitFor(async () => smtp.received.find((m) => m.to.includes(user.email)), 20_000, 'delivery after retry');
    const row = await waitFor(async () => {
      const [r] = await t.dataSource.query(`SELECT status, attempts, last_error FROM outbox WHERE recipient = $1`, [user.email]);
      return r?.status === 'sent' ? r : undefined;
    }, 5000, 'sent status');
    expect(row.attempts).toBe(2);
    expect(row.last_error).toBeNull();
    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });

  it('offers one-click unsubscribe in reminders, and the click switches reminders off', async () => {
    await t.dataSource.query(`INSERT INTO volunteers (first_name, last_name, email, status) VALUES ('Klick', 'Test', 'klick@example.org', 'active')`);
    await t.app.get(ReminderRunner).run('hours-nudge', new Date('2026-12-01T09:00:00Z'));
    const mail = await waitFor(async () => smtp.received.find((m) => m.to.includes('klick@example.org')), 15_000, 'reminder');
    const unfolded = mail.raw.replace(/\r?\n[ \t]+/g, ' ');
    expect(unfolded).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const url = /List-Unsubscribe: <([^>]+)>/.exec(unfolded)![1]!;
    expect(url).toMatch(/\/api\/v1\/mail-preferences\/one-click\?token=/);
    const path = new URL(url).pathname + new URL(url).search;
    expect((await t.http().post(path)).status).toBe(200);
    const [pref] = await t.dataSource.query(`SELECT mode FROM mail_preferences WHERE email = 'klick@example.org' AND kind = 'hours-nudge'`);
    expect(pref.mode).toBe('off');
  });
});
