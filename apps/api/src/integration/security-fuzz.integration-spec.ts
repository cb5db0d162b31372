import { ROLES } from '@miteinander/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, TEST_PASSWORD } from '../test-support/people';
import { seedCardRules } from './card-fixtures';
import { fillPath, label, loadOperations, type Operation, type Param, type Schema } from '../test-support/openapi-routes';

/**
 * Hostile input against every documented write and list operation, sent by an account holding every role
 * (so the guard lets it through and the DTOs and services are what is tested). Path ids are a well-formed id
 * that does not exist, so nothing already stored can be changed; creates really run.
 */
const MISSING_ID = '00000000-0000-4000-8000-00000000beef';
const SAMPLES_PER_OPERATION = 200;
const MASS_ASSIGNMENT_FIELDS = ['role', 'roles', 'ownerId', 'userId', 'status', 'approvedCents', 'approvedAmount', 'createdBy'];
/** Writes that are the point of a refused request: a failed login is counted for the throttle. */
const WRITES_ON_REFUSAL = new Set(['login_attempts', 'audit_log']);
const SLOW_LANE = new Set(['POST /api/v1/users/me/password']);
/** Logging out (no body) would end the fuzzing session itself. */
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

/** mulberry32: the same sequence on every run, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const today = new Date().toISOString().slice(0, 10);

/** A plausible value for a schema: the baseline the mutations start from. */
function sample(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return 'x';
  if (schema.enum?.length) return schema.enum[0];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return sample(variant, depth + 1);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items, depth + 1)];
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    default:
      if (schema.format === 'uuid') return MISSING_ID;
      if (schema.format === 'date') return today;
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'email') return 'fuzz@example.org';
      return 'Fuzz';
  }
}

const HUGE = 'A'.repeat(1024 * 1024);
const deep = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const ODD_VALUES: unknown[] = [
  null, 0, -1, 1.5, 1e308, -2147483649, Number.MAX_SAFE_INTEGER + 2, true, false, '', ' ', 'null', 'NaN', 'Infinity', '-0',
  [], [1, 2], {}, { $gt: '' }, '\u0000', 'a\u0000b', '\uD800', '\u202Eevil', 'e\u0301\u0301\u0301', 'Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍', '🏳️‍🌈👨‍👩‍👧', '\uFEFF', 'ß'.repeat(300),
  '<script>alert(1)</script>', "' OR 1=1--", '1970-02-31', '2026-13-01', '../../etc/passwd', 'x'.repeat(10_001),
];

/** One mutated body as raw JSON text (raw, so `__proto__` keys survive serialisation). */
function mutate(op: Operation, rnd: () => number, i: number): string {
  const schema = op.body!;
  const base = sample(schema) as Record<string, unknown>;
  const props = Object.keys(schema.properties ?? {});
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const kind = i % 10;
  if (kind === 0 && props.length) {
    const copy = { ...base };
    for (const r of schema.required ?? []) if (rnd() < 0.7) delete copy[r];
    return JSON.stringify(copy);
  }
  if (kind === 1) return pick(['[]', '[{}]', JSON.stringify([base]), '"text"', '42', 'null', 'true', '{', '{"a":}', '\u0000']);
  if (kind === 2) return i % 100 === 2 ? deep(500) : JSON.stringify({ ...base, [props[0] ?? 'x']: JSON.parse(deep(50)) });
  if (kind === 3) {
    const inner = JSON.stringify(base).slice(1, -1);
    return `{"__proto__":{"roles":["admin"],"isAdmin":true},"constructor":{"prototype":{"polluted":true}}${inner ? ',' + inner : ''}}`;
  }
  if (kind === 4 && i % 50 === 4) return JSON.stringify({ ...base, [props[0] ?? 'x']: HUGE });
  const copy: Record<string, unknown> = { ...base };
  const n = 1 + Math.floor(rnd() * Math.min(3, Math.max(1, props.length)));
  for (let k = 0; k < n; k++) copy[props.length ? pick(props) : 'x'] = pick(ODD_VALUES);
  return JSON.stringify(copy);
}

describe('hostile input never breaks the API', () => {
  let t: TestApp;
  let ops: Operation[];
  let headers: Record<string, string>;

  /** Row counts of every table in one statement. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables: { tablename: string }[] = await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`);
    const rows: { name: string; n: number }[] = await t.dataSource.query(
      tables.filter((x) => !WRITES_ON_REFUSAL.has(x.tablename)).map((x) => `SELECT '${x.tablename}' AS name, count(*)::int AS n FROM "${x.tablename}"`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }

  const pathValue = (op: Operation) => (name: string) => {
    const p = op.pathParams.find((x) => x.name === name);
    return p?.schema?.enum?.length ? String(p.schema.enum[0]) : MISSING_ID;
  };

  const send = (op: Operation, payload: string, query = '') =>
    t.app.inject({ method: op.method.toUpperCase() as 'POST', url: fillPath(op.path, pathValue(op)) + query, payload, headers: { ...headers, 'content-type': 'application/json' } });

  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    await createUser(t, 'everything@security.test', [...ROLES]);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'everything@security.test', password: TEST_PASSWORD } });
    headers = { cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-xsrf-token': login.json().csrfToken, 'accept-language': 'en' };
    ops = await loadOperations(t);
  });
  afterAll(() => t.close());

  const writes = () => ops.filter((op) => ['post', 'put', 'patch'].includes(op.method) && op.body && !SKIPPED.has(label(op)));

  it('refuses role, owner, status and money fields added to every write body with a 400 naming the field, writing nothing', async () => {
    expect(writes().length).toBeGreaterThan(60);
    const before = await rowCounts();
    const problems: string[] = [];
    for (const op of writes()) {
      const declared = new Set(Object.keys(op.body!.properties ?? {}));
      let refusedByName = 0;
      for (const field of MASS_ASSIGNMENT_FIELDS.filter((f) => !declared.has(f))) {
        const res = await send(op, JSON.stringify({ ...(sample(op.body!) as object), [field]: field === 'roles' ? ['admin'] : 'admin' }));
        const named = res.statusCode === 400 && (res.json().errors ?? []).some((e: { field: string; message: string }) => e.field === field && e.message.length > field.length);
        if (named) refusedByName++;
        // A throttled form (feedback) stops listening after a few tries: fine once it has refused by name.
        else if (!(res.statusCode === 429 && refusedByName > 0)) problems.push(`${label(op)} +${field} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it(`answers ${SAMPLES_PER_OPERATION} mutated bodies per write operation below 500, writing nothing when it refuses`, async () => {
    const problems: string[] = [];
    let sent = 0;
    const fuzz = async (op: Operation, seed: number, checkCounts: boolean) => {
      const rnd = prng(seed);
      let counts = checkCounts ? await rowCounts() : {};
      let refusedSinceSnapshot = 0;
      for (let i = 0; i < SAMPLES_PER_OPERATION; i++) {
        const payload = mutate(op, rnd, i);
        const res = await send(op, payload);
        sent++;
        if (res.statusCode >= 500) problems.push(`${label(op)} #${i} → ${res.statusCode} for ${payload.slice(0, 120)}`);
        if (!checkCounts) continue;
        // A request that got through may write: counting starts again after it (refusals just before it go unchecked).
        if (res.statusCode < 300) {
          counts = await rowCounts();
          refusedSinceSnapshot = 0;
        } else refusedSinceSnapshot++;
      }
      if (refusedSinceSnapshot) {
        const after = await rowCounts();
        if (JSON.stringify(after) !== JSON.stringify(counts)) problems.push(`${label(op)}: refused requests changed row counts ${diff(counts, after)}`);
      }
    };
    const all = writes();
    // Changing the password checks the current one with argon2 (~130 ms) on every try: it runs alongside the others,
    // which keeps the file fast; it cannot change row counts (a changed hash is an update), so the counts stay exact.
    const slow = all.filter((op) => SLOW_LANE.has(label(op)));
    await Promise.all([
      (async () => { for (const op of slow) await fuzz(op, 1100 + all.indexOf(op), false); })(),
      (async () => { for (const op of all.filter((o) => !slow.includes(o))) await fuzz(op, 1100 + all.indexOf(op), true); })(),
    ]);
    expect(problems).toEqual([]);
    expect(sent).toBe(all.length * SAMPLES_PER_OPERATION);
    expect(all.length).toBeGreaterThan(60);
    // Over 12,000 requests: about a minute on a quiet 2-vCPU machine, several when it is shared.
  }, 300_000);

  it('answers SQL in sort, direction, status, filters and q with 400 for enumerated parameters and a normal 200 for free text', async () => {
    const payloads = ["' OR 1=1--", '1;DROP TABLE users', 'name desc, (select password_hash from users limit 1)', '"; DELETE FROM volunteers; --', "1' UNION SELECT email FROM users--"];
    const before = await rowCounts();
    const problems: string[] = [];
    let checked = 0;
    for (const op of ops.filter((o) => o.method === 'get' && o.queryParams.length)) {
      const required = op.queryParams.filter((p) => p.required);
      for (const param of op.queryParams) {
        const enumerated = isEnumerated(param);
        const freeText = param.name === 'q' || param.name === 'search';
        for (const payload of payloads) {
          const query = new URLSearchParams(required.filter((r) => r.name !== param.name).map((r) => [r.name, String(sample(r.schema))]));
          query.set(param.name, payload);
          const res = await send(op, '', `?${query}`);
          checked++;
          const expected = enumerated ? [400] : freeText && !op.pathParams.length ? [200] : null;
          if (res.statusCode >= 500 || (expected && !expected.includes(res.statusCode))) problems.push(`${label(op)} ?${param.name}=${payload} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    expect(await rowCounts()).toEqual(before);
  });
});

/** sort, direction, status and every other parameter with a closed set or a number/date format. */
function isEnumerated(p: Param): boolean {
  const s = p.schema ?? {};
  const items = s.items ?? {};
  return Boolean(s.enum?.length || items.enum?.length || ['integer', 'number', 'boolean'].includes(s.type ?? '') || ['uuid', 'date', 'date-time'].includes(s.format ?? ''));
}

function diff(a: Record<string, number>, b: Record<string, number>): string {
  return Object.keys(b).filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k]}→${b[k]}`).join(', ');
}
