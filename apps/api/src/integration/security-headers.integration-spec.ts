import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, TEST_PASSWORD } from '../test-support/people';

function expectSecurityHeaders(res: Response, what: string): void {
  const h = res.headers;
  const seen = {
    what,
    csp: ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "script-src 'self'"].every((d) => (h['content-security-policy'] ?? '').includes(d)),
    nosniff: h['x-content-type-options'],
    frameOptions: h['x-frame-options'],
    hsts: /max-age=\d{6,}/.test(h['strict-transport-security'] ?? ''),
    referrer: h['referrer-policy'],
    poweredBy: h['x-powered-by'],
  };
  expect(seen).toEqual({ what, csp: true, nosniff: 'nosniff', frameOptions: 'SAMEORIGIN', hsts: true, referrer: 'no-referrer', poweredBy: undefined });
}

/** No stack frames, file paths, SQL or library internals: only our code, status and a sentence for people. */
function expectNoInternals(res: Response, what: string): void {
  const text = res.text;
  for (const leak of [/\bat [\w.<>]+ \(/, /\.(ts|js):\d+/, /node_modules/, /\/work\//, /QueryFailed|TypeORM|EntityNotFound|ECONNREFUSED/i, /\bSELECT\b|\bINSERT\b|\bFROM\b/, /Unexpected token|JSON at position/, /FST_ERR/, /stack/i]) {
    expect({ what, leak: leak.test(text) ? `${leak} in ${text}` : null }).toEqual({ what, leak: null });
  }
  expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'statusCode']));
  expect(Object.keys(res.body).every((k) => ['statusCode', 'code', 'message', 'errors', 'allowedNext'].includes(k))).toBe(true);
}

describe('security headers', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'miteinander-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Miteinander</title><script src="main.js"></script>');
    writeFileSync(join(webDir, 'main.js'), 'console.log("app")');
    t = await createTestApp({ WEB_DIST_DIR: webDir, BODY_LIMIT_BYTES: '4096' });
    await createUser(t, 'kopf@example.org', ['volunteer']);
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends a strict content security policy and the other helmet headers with every answer, errors included', async () => {
    for (const res of [await t.http().get('/api/v1/auth/session'), await t.http().get('/api/v1/volunteers'), await t.http().post('/api/v1/hours').send({})]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('sends them on every kind of error, and the errors say nothing about the inside', async () => {
    const me = await signIn(t, 'kopf@example.org');
    const cases: [string, number, Response][] = [
      ['malformed JSON', 400, await t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email": "x@y.de", "password": ')],
      ['invalid field', 400, await t.http().post('/api/v1/auth/login').send({ email: 'keine-adresse', password: 1 })],
      ['wrong password', 401, await t.http().post('/api/v1/auth/login').send({ email: 'kopf@example.org', password: 'falsch-falsch' })],
      ['not signed in', 401, await t.http().get('/api/v1/users/me')],
      ['missing CSRF token', 403, await me.agent.patch('/api/v1/users/me').send({ displayName: 'X' })],
      ['unknown API path', 404, await t.http().get('/api/v1/gibt-es-nicht')],
      ['unknown record', 404, await me.agent.get('/api/v1/users/00000000-0000-4000-8000-000000000000')],
      ['unknown file', 404, await t.http().get('/fehlt.js')],
      ['body too large', 413, await t.http().post('/api/v1/auth/login').send({ email: 'kopf@example.org', password: 'x'.repeat(10_000) })],
      ['wrong content type', 415, await t.http().post('/api/v1/auth/login').set('content-type', 'application/x-evil').send('email=x')],
    ];
    for (const [what, status, res] of cases) {
      expect({ what, status: res.status }).toEqual({ what, status });
      expectSecurityHeaders(res, what);
      expectNoInternals(res, what);
    }
    // Still signed in, the password did not leak into the answer.
    expect(cases[2]![2].text).not.toContain('falsch-falsch');
    expect((await me.agent.get('/api/v1/users/me')).status).toBe(200);
  });

  it('sends them with the web app: index, deep links and static files', async () => {
    for (const [path, type] of [['/', /text\/html/], ['/stunden/neu', /text\/html/], ['/main.js', /javascript/]] as const) {
      const res = await t.http().get(path);
      expect({ path, status: res.status, type: type.test(res.headers['content-type'] ?? '') }).toEqual({ path, status: 200, type: true });
      expectSecurityHeaders(res, path);
    }
  });
});

describe('an internal failure (the database connection is gone)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t, 'ausfall@example.org', ['volunteer']);
  });
  afterAll(() => t.close());

  it('answers 500 with a plain sentence and the security headers, never the error or its stack', async () => {
    const me = await signIn(t, 'ausfall@example.org');
    await t.dataSource.destroy();
    const cases: [string, Response][] = [
      ['sign-in', await t.http().post('/api/v1/auth/login').send({ email: 'ausfall@example.org', password: TEST_PASSWORD })],
      ['signed-in read', await me.agent.get('/api/v1/users/me')],
      ['signed-in change', await me.agent.patch('/api/v1/users/me').set('x-xsrf-token', me.csrf).send({ displayName: 'Y' })],
    ];
    for (const [what, res] of cases) {
      expect({ what, status: res.status, code: res.body.code }).toEqual({ what, status: 500, code: 'INTERNAL' });
      expect(res.body.message).toMatch(/\w+ \w+/);
      expectSecurityHeaders(res, what);
      expectNoInternals(res, what);
      expect(res.text).not.toContain(TEST_PASSWORD);
    }
  });
});
