import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, linkToken, sentMailTo, signIn } from '../test-support/people';

describe('roles, record-level authorisation and the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses every protected route to a user without a role', async () => {
    const user = await createUser(t, 'ohne.rolle@example.org', []);
    const s = await signIn(t, user.email);
    for (const path of ['/api/v1/users/me', '/api/v1/users', '/api/v1/audit', '/api/v1/mail', `/api/v1/users/${user.id}`]) {
      const res = await s.agent.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
    }
    // The session endpoint still says who they are, so the app can explain why.
    expect((await s.agent.get('/api/v1/auth/session')).body.user.email).toBe(user.email);
  });

  it('keeps admin pages for admins, and the mail log for admins and coordinators', async () => {
    await createUser(t, 'koord@example.org', ['coordinator']);
    const s = await signIn(t, 'koord@example.org');
    for (const path of ['/api/v1/users', '/api/v1/audit', '/api/v1/mail-templates']) {
      expect((await s.agent.get(path)).status).toBe(403);
    }
    expect((await s.agent.get('/api/v1/mail')).status).toBe(200);
    await createUser(t, 'ehrenamt@example.org', ['volunteer']);
    expect((await (await signIn(t, 'ehrenamt@example.org')).agent.get('/api/v1/mail')).status).toBe(403);
    expect((await t.http().get('/api/v1/users')).status).toBe(401);
  });

  it("does not let a volunteer read another person's account (IDOR)", async () => {
    const a = await createUser(t, 'anna@example.org', ['volunteer']);
    const b = await createUser(t, 'bernd@example.org', ['volunteer']);
    const admin = await createUser(t, 'chefin@example.org', ['admin']);
    const sa = await signIn(t, a.email);
    expect((await sa.agent.get(`/api/v1/users/${a.id}`)).status).toBe(200);
    const other = await sa.agent.get(`/api/v1/users/${b.id}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('bernd');
    const sadmin = await signIn(t, admin.email);
    expect((await sadmin.agent.get(`/api/v1/users/${b.id}`)).body.email).toBe(b.email);
  });

  it('lets an admin invite, change roles and deactivate — and records who changed what', async () => {
    const admin = await createUser(t, 'admin2@example.org', ['admin']);
    const s = await signIn(t, admin.email);
    const invite = await s.agent.post('/api/v1/users').set('x-xsrf-token', s.csrf).send({ email: 'Neue.Kollegin@Example.org ', displayName: 'Neue Kollegin', roles: ['coordinator'] });
    expect(invite.status).toBe(201);
    expect(invite.body.email).toBe('neue.kollegin@example.org');
    const mail = await sentMailTo(t, 'neue.kollegin@example.org');
    const token = linkToken(mail.body_text!, 'reset-password');
    expect((await t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password: 'Willkommen-im-Team-26' })).status).toBe(204);
    const colleague = await signIn(t, 'neue.kollegin@example.org', 'Willkommen-im-Team-26');

    const promote = await s.agent.patch(`/api/v1/users/${invite.body.id}`).set('x-xsrf-token', s.csrf).send({ roles: ['coordinator', 'reviewer'] });
    expect(promote.body.roles).toEqual(['coordinator', 'reviewer']);
    const deactivate = await s.agent.patch(`/api/v1/users/${invite.body.id}`).set('x-xsrf-token', s.csrf).send({ active: false });
    expect(deactivate.body.active).toBe(false);
    // Deactivation ends the person's sessions at once.
    expect((await colleague.agent.get('/api/v1/users/me')).status).toBe(401);

    const audit = await s.agent.get('/api/v1/audit').query({ entity: 'user', entityId: invite.body.id });
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('create');
    const roleChange = audit.body.items.find((e: { diff: Record<string, unknown> }) => e.diff?.['roles']);
    expect(roleChange.diff.roles).toEqual([['coordinator'], ['coordinator', 'reviewer']]);
    expect(roleChange.actorEmail).toBe(admin.email);
    expect(JSON.stringify(audit.body)).not.toMatch(/\$argon2/);
  });

  it('never leaves the county without an active admin', async () => {
    await t.dataSource.query(`UPDATE users SET active = false WHERE 'admin' = ANY(roles)`);
    const admin = await createUser(t, 'einzige.admin@example.org', ['admin']);
    const s = await signIn(t, admin.email);
    const res = await s.agent.patch(`/api/v1/users/${admin.id}`).set('x-xsrf-token', s.csrf).send({ roles: ['coordinator'] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('LAST_ADMIN');
    expect((await s.agent.get('/api/v1/users/me')).body.roles).toEqual(['admin']);
  });

  it('lists users paginated, sorted and filtered', async () => {
    const admin = await createUser(t, 'admin3@example.org', ['admin']);
    for (const n of ['zora', 'yusuf', 'xaver']) await createUser(t, `${n}@liste.example.org`, ['volunteer']);
    const s = await signIn(t, admin.email);
    const page = await s.agent.get('/api/v1/users').query({ q: 'liste.example', sort: 'email', direction: 'asc', pageSize: 2 });
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: { email: string }) => u.email)).toEqual(['xaver@liste.example.org', 'yusuf@liste.example.org']);
    const bad = await s.agent.get('/api/v1/users').query({ sort: 'password_hash' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('sort');
  });
});
