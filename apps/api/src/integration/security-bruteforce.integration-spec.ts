import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, TEST_PASSWORD } from '../test-support/people';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Password guessing: the limits come from the auth config; an attacker's IP is whatever X-Forwarded-For says (one trusted proxy). */
describe('brute force on sign-in', () => {
  let t: TestApp;
  const login = (email: string, password: string, ip: string) =>
    t.http().post('/api/v1/auth/login').set('x-forwarded-for', ip).send({ email, password });

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_IP: '30', LOGIN_THROTTLE_WINDOW_MINUTES: '15', TRUST_PROXY_HOPS: '1' });
    for (const email of ['opfer@example.org', 'kollegin@example.org', 'zeit1@example.org', 'zeit2@example.org', 'zeit3@example.org']) await createUser(t, email, ['volunteer']);
  });
  afterAll(() => t.close());

  it('throttles 150 guesses at one account from many addresses; the right password is refused while throttled; others still sign in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 150; i++) statuses.push((await login('opfer@example.org', `geraten-${i}-xyz`, `10.1.${Math.floor(i / 100)}.${i % 100}`)).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(145);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);

    const right = await login('opfer@example.org', TEST_PASSWORD, '10.9.9.9');
    expect({ status: right.status, code: right.body.code }).toEqual({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
    expect(right.headers['set-cookie']).toBeUndefined();
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

    // Only the attacked account is locked: a colleague signs in from elsewhere.
    const colleague = await login('kollegin@example.org', TEST_PASSWORD, '10.2.0.1');
    expect(colleague.status).toBe(200);
    expect(colleague.body.user.email).toBe('kollegin@example.org');
  }, 180_000);

  it('throttles one address guessing at many accounts, without locking those accounts for everyone else', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await login(`konto${i}@example.org`, 'geraten-geraten', '10.3.0.1')).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    // The guessing address cannot even try a real account; the same account from another address can.
    expect((await login('kollegin@example.org', TEST_PASSWORD, '10.3.0.1')).status).toBe(429);
    expect((await login('kollegin@example.org', TEST_PASSWORD, '10.3.0.2')).status).toBe(200);
  });

  it('answers a known and an unknown address alike: same status and body, wrong or throttled, and about the same time', async () => {
    const known = await login('zeit1@example.org', 'falsch-falsch-falsch', '10.4.0.1');
    const unknown = await login('gibt-es-nicht@example.org', 'falsch-falsch-falsch', '10.4.0.2');
    expect(known.status).toBe(401);
    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body });

    // Timing: argon2 runs for unknown addresses too (a dummy hash), so the medians stay close.
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 9; i++) {
      let start = performance.now();
      expect((await login(`zeit${(i % 3) + 1}@example.org`, `falsch-${i}-falsch`, `10.5.0.${i}`)).status).toBe(401);
      knownMs.push(performance.now() - start);
      start = performance.now();
      expect((await login(`niemand${i}@example.org`, `falsch-${i}-falsch`, `10.6.0.${i}`)).status).toBe(401);
      unknownMs.push(performance.now() - start);
    }
    const ratio = median(unknownMs) / median(knownMs);
    expect({ ratio: Math.round(ratio * 10) / 10, within: ratio > 0.5 && ratio < 2 }).toEqual(expect.objectContaining({ within: true }));

    // Throttled: zeit1..3 have had 4 failures each (1 + 3); one more locks zeit1, and an unknown address locks the same way.
    await login('zeit1@example.org', 'falsch-falsch-falsch', '10.7.0.1');
    for (let i = 0; i < 5; i++) await login('auch-unbekannt@example.org', 'falsch-falsch-falsch', `10.7.1.${i}`);
    const knownLocked = await login('zeit1@example.org', TEST_PASSWORD, '10.7.2.1');
    const unknownLocked = await login('auch-unbekannt@example.org', TEST_PASSWORD, '10.7.2.2');
    expect(knownLocked.status).toBe(429);
    expect({ status: unknownLocked.status, body: unknownLocked.body }).toEqual({ status: knownLocked.status, body: knownLocked.body });
    // Retry-After counts from each key's first failure, so it differs by when the guessing started, not by the account.
    for (const res of [knownLocked, unknownLocked]) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
