import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createUser, signIn } from '../../test-support/people';

function settingsToken(bodyText: string): string {
  const match = /E-Mail-Einstellungen: \S+\/mail-preferences\?token=([A-Za-z0-9_-]+)/.exec(bodyText);
  if (!match) throw new Error(`no settings link in: ${bodyText}`);
  return match[1]!;
}

describe('mail preferences', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query(`INSERT INTO volunteers (first_name, last_name, email, status) VALUES ('Rosa', 'Test', 'rosa@example.org', 'active')`);
    await t.app.get(ReminderRunner).run('hours-nudge', new Date('2026-12-01T09:00:00Z'));
    const [row] = await t.dataSource.query(`SELECT body_text FROM outbox WHERE recipient = 'rosa@example.org'`);
    token = settingsToken(row.body_text);
  });
  afterAll(() => t.close());

  it('opens from the link in a mail without signing in, showing every reminder kind', async () => {
    const res = await t.http().get('/api/v1/mail-preferences').query({ token });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('ro***@example.org');
    expect(res.body.preferences).toContainEqual({ kind: 'hours-nudge', mode: 'instant', digestAllowed: false });
    expect(res.body.preferences).toContainEqual({ kind: 'sponsorship-checkin', mode: 'instant', digestAllowed: true });
  });

  it('switches a kind off, and the next reminder of that kind is suppressed', async () => {
    const res = await t.http().put('/api/v1/mail-preferences').send({ token, preferences: [{ kind: 'hours-nudge', mode: 'off' }, { kind: 'event-reminder', mode: 'digest' }] });
    expect(res.status).toBe(200);
    expect(res.body.preferences).toContainEqual({ kind: 'hours-nudge', mode: 'off', digestAllowed: false });
    const next = await t.app.get(ReminderRunner).run('hours-nudge', new Date('2027-01-01T09:00:00Z'));
    expect(next).toMatchObject({ suppressed: 1, queued: 0 });
  });

  it('refuses a digest where a digest makes no sense, naming the field', async () => {
    const res = await t.http().put('/api/v1/mail-preferences').send({ token, preferences: [{ kind: 'hours-nudge', mode: 'digest' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'preferences.0.mode', message: 'Für diese Erinnerung gibt es keine wöchentliche Zusammenfassung.' }]);
  });

  it('unsubscribes from everything with one click', async () => {
    const res = await t.http().post('/api/v1/mail-preferences/unsubscribe').send({ token });
    expect(res.body.preferences.every((p: { mode: string }) => p.mode === 'off')).toBe(true);
    const oneClick = await t.http().post('/api/v1/mail-preferences/one-click').query({ token });
    expect(oneClick.status).toBe(200);
  });

  it('answers a wrong or expired link with a clear 400, not a 500', async () => {
    const wrong = await t.http().get('/api/v1/mail-preferences').query({ token: 'falsch' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('TOKEN_INVALID');
    expect(wrong.body.message).toMatch(/ungültig oder abgelaufen/);
    await t.dataSource.query(`UPDATE outbox SET created_at = now() - interval '200 days' WHERE recipient = 'rosa@example.org'`);
    expect((await t.http().get('/api/v1/mail-preferences').query({ token })).body.code).toBe('TOKEN_INVALID');
    expect((await t.http().get('/api/v1/mail-preferences')).status).toBe(400);
  });

  it('lets a signed-in person change their own preferences on the profile', async () => {
    await createUser(t, 'profil.mail@example.org', ['volunteer']);
    const s = await signIn(t, 'profil.mail@example.org');
    const res = await s.agent.put('/api/v1/users/me/mail-preferences').set('x-xsrf-token', s.csrf).send({ preferences: [{ kind: 'card-expiry', mode: 'digest' }] });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('profil.mail@example.org');
    expect((await s.agent.get('/api/v1/users/me/mail-preferences')).body.preferences).toContainEqual({ kind: 'card-expiry', mode: 'digest', digestAllowed: true });
  });
});
