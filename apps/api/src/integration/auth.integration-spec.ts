import { IdentityHousekeeping } from '@miteinander/server-identity';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, linkToken, sentMailTo, signIn, TEST_PASSWORD } from '../test-support/people';

describe('sign-up, sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(() => t.close());

  it('lets a volunteer register, verify by the emailed link, sign in and out', async () => {
    const email = 'neu.freiwillig@example.org';
    const reg = await t.http().post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Neu Freiwillig', role: 'volunteer' });
    expect(reg.status).toBe(202);

    // Not verified yet: the right password is refused with a clear reason.
    const early = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');

    const mail = await sentMailTo(t, email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    const token = linkToken(mail.body_text!, 'verify-email');
    expect((await t.http().post('/api/v1/auth/verify-email').send({ token })).status).toBe(204);
    // The link works once.
    expect((await t.http().post('/api/v1/auth/verify-email').send({ token })).body.code).toBe('TOKEN_INVALID');

    const login = await t.http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['volunteer']);
    const cookies = login.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('mit_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cookie = session.split(';')[0]!;

    const me = await t.http().get('/api/v1/users/me').set('cookie', cookie);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);

    const logout = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).set('x-xsrf-token', login.body.csrfToken);
    expect(logout.status).toBe(204);
    // The old cookie is worthless after sign-out: the session is gone on the server.
    expect((await t.http().get('/api/v1/users/me').set('cookie', cookie)).status).toBe(401);
  });

  it('does not reveal whether an address is registered', async () => {
    await createUser(t, 'bekannt@example.org', ['volunteer']);
    const known = await t.http().post('/api/v1/auth/register').send({ email: 'bekannt@example.org', password: TEST_PASSWORD, displayName: 'X Y', role: 'volunteer' });
    const unknown = await t.http().post('/api/v1/auth/register').send({ email: 'unbekannt@example.org', password: TEST_PASSWORD, displayName: 'X Y', role: 'volunteer' });
    expect(known.status).toBe(unknown.status);
    expect(known.body).toEqual(unknown.body);
    const r1 = await t.http().post('/api/v1/auth/password-reset/request').send({ email: 'niemand@example.org' });
    expect(r1.status).toBe(202);
  });

  it('locks an account out after repeated wrong passwords, and says how long', async () => {
    await createUser(t, 'ziel@example.org', ['volunteer']);
    for (let i = 0; i < 3; i++) {
      const wrong = await t.http().post('/api/v1/auth/login').send({ email: 'ziel@example.org', password: 'falsch-falsch-falsch' });
      expect(wrong.status).toBe(401);
    }
    const locked = await t.http().post('/api/v1/auth/login').send({ email: 'ziel@example.org', password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.message).toMatch(/Minuten/);
  });

  it('resets a forgotten password by email and signs the person out everywhere', async () => {
    const user = await createUser(t, 'vergesslich@example.org', ['coordinator']);
    const before = await signIn(t, user.email);
    expect((await t.http().post('/api/v1/auth/password-reset/request').send({ email: user.email })).status).toBe(202);
    const mail = await sentMailTo(t, user.email);
    expect(mail.subject).toBe('Passwort zurücksetzen');
    const token = linkToken(mail.body_text!, 'reset-password');

    const weak = await t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'kurz' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');

    const ok = await t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'Ganz-neues-Passwort-2026' });
    expect(ok.status).toBe(204);
    expect((await before.agent.get('/api/v1/users/me')).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'Ganz-neues-Passwort-2026' })).status).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const user = await createUser(t, 'csrf@example.org', ['volunteer']);
    const s = await signIn(t, user.email);
    const without = await s.agent.patch('/api/v1/users/me').send({ displayName: 'Geändert' });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('CSRF_INVALID');
    const withToken = await s.agent.patch('/api/v1/users/me').set('x-xsrf-token', s.csrf).send({ displayName: 'Geändert' });
    expect(withToken.status).toBe(200);
    expect(withToken.body.displayName).toBe('Geändert');
  });
});

describe('identity housekeeping', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('removes expired sessions but keeps live ones', async () => {
    const user = await createUser(t, 'haushalt@example.org', ['volunteer']);
    const live = await signIn(t, user.email);
    const stale = await signIn(t, user.email);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id <> (SELECT id FROM sessions ORDER BY created_at LIMIT 1)`);
    await t.app.get(IdentityHousekeeping).run();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions`);
    expect(n).toBe(1);
    expect((await live.agent.get('/api/v1/users/me')).status).toBe(200);
    expect((await stale.agent.get('/api/v1/users/me')).status).toBe(401);
  });
});
