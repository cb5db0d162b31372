import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, linkToken, sentMailTo, signIn, TEST_PASSWORD, type SignedIn } from '../test-support/people';

const cookieNamed = (res: { headers: Record<string, unknown> }, name: string): string =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith(`${name}=`)) ?? '';

describe('CSRF: a signed-in browser only changes data from our own pages', () => {
  let t: TestApp;
  let anna: SignedIn;
  let other: SignedIn;
  const nameInDb = async (): Promise<string> => (await t.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [anna.userId]))[0].display_name;
  const auditRows = async (): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [anna.userId]))[0].n;
  const rename = (headers: Record<string, string>) => anna.agent.patch('/api/v1/users/me').set(headers).send({ displayName: 'Von fremder Seite' });

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://miteinander.landkreis.example' });
    await createUser(t, 'anna.csrf@example.org', ['volunteer']);
    await createUser(t, 'ben.csrf@example.org', ['volunteer']);
    anna = await signIn(t, 'anna.csrf@example.org');
    other = await signIn(t, 'ben.csrf@example.org');
  });
  afterAll(() => t.close());

  it('refuses a change without the token, with a wrong token or with another session’s token, and writes nothing', async () => {
    const before = await auditRows();
    for (const headers of [{}, { 'x-xsrf-token': 'x'.repeat(43) }, { 'x-xsrf-token': other.csrf }, { 'x-xsrf-token': '' }]) {
      const res = await rename(headers);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'CSRF_INVALID' });
    }
    // Sign-out is a change too: a forged one would not sign Anna out.
    expect((await anna.agent.post('/api/v1/auth/logout')).status).toBe(403);
    expect(await nameInDb()).toBe('anna.csrf');
    expect(await auditRows()).toBe(before);
    expect((await anna.agent.get('/api/v1/users/me')).status).toBe(200);
  });

  it('refuses a change sent from another site even with the right token', async () => {
    for (const headers of [
      { origin: 'https://boese.example.net' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await rename({ 'x-xsrf-token': anna.csrf, ...headers });
      expect({ headers, status: res.status, code: res.body.code }).toEqual({ headers, status: 403, code: 'CSRF_INVALID' });
    }
    expect(await nameInDb()).toBe('anna.csrf');
  });

  it('accepts the change from our own origin: the host it was sent to, or PUBLIC_URL behind a proxy', async () => {
    const fromHost = await rename({ 'x-xsrf-token': anna.csrf, host: 'miteinander.local:3000', origin: 'http://miteinander.local:3000', 'sec-fetch-site': 'same-origin' });
    expect(fromHost.status).toBe(200);
    const fromPublicUrl = await anna.agent.patch('/api/v1/users/me').set({ 'x-xsrf-token': anna.csrf, origin: 'https://miteinander.landkreis.example' }).send({ displayName: 'Anna Richtig' });
    expect(fromPublicUrl.status).toBe(200);
    expect(await nameInDb()).toBe('Anna Richtig');
  });
});

describe('session and CSRF cookies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ COOKIE_SECURE: 'true' });
    await createUser(t, 'keks@example.org', ['volunteer']);
  });
  afterAll(() => t.close());

  it('keeps the session cookie away from scripts and other sites; the CSRF cookie is readable by the web app', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'keks@example.org', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const session = cookieNamed(login, 'mit_session');
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=(Lax|Strict)/i);
    expect(session).toMatch(/; Path=\/(;|$)/);
    const csrf = cookieNamed(login, 'XSRF-TOKEN');
    expect(csrf).toMatch(new RegExp(`^XSRF-TOKEN=${login.body.csrfToken};`));
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; SameSite=Strict/i);
    // The cookie carries a random token, not the user's id or anything readable.
    expect(session).not.toContain(login.body.user.id);
    expect(session.split(';')[0]!.length).toBeGreaterThanOrEqual('mit_session='.length + 43);
  });
});

describe('ending sessions on the server', () => {
  let t: TestApp;
  const me = (s: SignedIn) => s.agent.get('/api/v1/users/me').then((r) => r.status);
  const sessionsOf = async (userId: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId]))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sign-out deletes the session: the copied cookie is worthless afterwards', async () => {
    await createUser(t, 'abmelden@example.org', ['volunteer']);
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'abmelden@example.org', password: TEST_PASSWORD });
    const cookie = cookieNamed(login, 'mit_session').split(';')[0]!;
    expect((await t.http().get('/api/v1/users/me').set('cookie', cookie)).status).toBe(200);
    const out = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).set('x-xsrf-token', login.body.csrfToken);
    expect(out.status).toBe(204);
    expect(cookieNamed(out, 'mit_session')).toMatch(/^mit_session=;/);
    expect(await sessionsOf(login.body.user.id)).toBe(0);
    const replay = await t.http().get('/api/v1/users/me').set('cookie', cookie);
    expect(replay.status).toBe(401);
    const replayedChange = await t.http().patch('/api/v1/users/me').set('cookie', cookie).set('x-xsrf-token', login.body.csrfToken).send({ displayName: 'Zombie' });
    expect(replayedChange.status).toBe(401);
  });

  it('a password change ends every other session of that person, and only theirs', async () => {
    const user = await createUser(t, 'wechsel@example.org', ['volunteer']);
    await createUser(t, 'nachbar@example.org', ['volunteer']);
    const [here, laptop, phone] = [await signIn(t, user.email), await signIn(t, user.email), await signIn(t, user.email)];
    const neighbour = await signIn(t, 'nachbar@example.org');

    const wrong = await here.agent.post('/api/v1/users/me/password').set('x-xsrf-token', here.csrf).send({ currentPassword: 'falsch-falsch-1', newPassword: 'Lange-Stille-Nacht-2026' });
    expect(wrong.status).toBe(400);
    expect([await me(laptop), await me(phone)]).toEqual([200, 200]);

    const changed = await here.agent.post('/api/v1/users/me/password').set('x-xsrf-token', here.csrf).send({ currentPassword: TEST_PASSWORD, newPassword: 'Lange-Stille-Nacht-2026' });
    expect(changed.status).toBe(204);
    expect([await me(here), await me(laptop), await me(phone), await me(neighbour)]).toEqual([200, 401, 401, 200]);
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it('a password reset ends every session of that person', async () => {
    const user = await createUser(t, 'zuruecksetzen@example.org', ['volunteer']);
    const [a, b] = [await signIn(t, user.email), await signIn(t, user.email)];
    expect((await t.http().post('/api/v1/auth/password-reset/request').send({ email: user.email })).status).toBe(202);
    const token = linkToken((await sentMailTo(t, user.email)).body_text!, 'reset-password');
    expect((await t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'Reset-Passwort-Neu-2026' })).status).toBe(204);
    expect([await me(a), await me(b)]).toEqual([401, 401]);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it('deactivating a person stops their open sessions at once and refuses new sign-ins', async () => {
    await createUser(t, 'admin.sessions@example.org', ['admin']);
    const admin = await signIn(t, 'admin.sessions@example.org');
    const user = await createUser(t, 'ausgeschieden@example.org', ['volunteer']);
    const open = await signIn(t, user.email);
    const off = await admin.agent.patch(`/api/v1/users/${user.id}`).set('x-xsrf-token', admin.csrf).send({ active: false });
    expect(off.status).toBe(200);
    expect(await me(open)).toBe(401);
    expect(await sessionsOf(user.id)).toBe(0);
    const again = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 403, code: 'ACCOUNT_DEACTIVATED' });
  });
});
