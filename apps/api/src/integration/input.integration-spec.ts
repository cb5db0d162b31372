import { createTestApp, type TestApp } from '../test-support/test-app';

async function userCount(t: TestApp): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
  return n;
}

describe('bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const res = await t.http().post('/api/v1/auth/register').set('content-type', 'application/json').send('{"email": "a@b.de",');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_BODY');
    expect(await userCount(t)).toBe(0);
  });

  it('answers an oversized body with 413 and writes nothing', async () => {
    const res = await t.http().post('/api/v1/auth/register').send({ email: 'gross@example.org', password: 'x'.repeat(10), displayName: 'A'.repeat(10_000), role: 'volunteer' });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await userCount(t)).toBe(0);
  });

  it('names each wrong field in German by default', async () => {
    const res = await t.http().post('/api/v1/auth/register').send({ email: 'keine-adresse', password: 'Lange-Testphase-2026', displayName: 'A', role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Bitte prüfen Sie die markierten Felder.');
    const fields = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(fields['email']).toBe('E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.');
    expect(fields['displayName']).toMatch(/^Name: Bitte mindestens 2 Zeichen/);
    // Nobody can register themselves as an admin.
    expect(fields['role']).toBe('Rolle: Dieser Wert ist nicht erlaubt.');
    expect(await userCount(t)).toBe(0);
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('accept-language', 'en-GB,en;q=0.9').send({ email: 'a@b.de' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'password', message: 'Password: Please fill this in.' }]);
  });

  it('refuses unknown fields instead of silently ignoring them', async () => {
    const res = await t.http().post('/api/v1/auth/register').send({ email: 'x@example.org', password: 'Lange-Testphase-2026', displayName: 'Xa', role: 'volunteer', roles: ['admin'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('roles');
    expect(await userCount(t)).toBe(0);
  });

  it('answers a wrong id with 404, not 500', async () => {
    expect((await t.http().get('/api/v1/users/not-a-uuid')).status).toBe(401);
    expect((await t.http().get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('serves health and the OpenAPI document', async () => {
    const health = await t.http().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.database.state).toBe('up');
    const docs = await t.http().get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toContain('/api/v1/auth/login');
  });
});
