import type { Role } from '@miteinander/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, TEST_PASSWORD } from '../test-support/people';
import { fillPath, label, loadOperations, type Operation } from '../test-support/openapi-routes';
import { addOrganisation, addVolunteer, daysAgo, insertEntry } from './hours-fixtures';
import { insertApplication, insertCall, validData } from './grant-fixtures';
import { insertEvent } from './event-fixtures';

/**
 * Someone else's records, asked for by every kind of caller. A caller who may not see a record must get exactly
 * the answer a missing id gets (no "it exists, but not for you"); only the roles below get it.
 *
 * Allowed readers per route group (the record belongs to volunteer A and applicant A, never to the caller):
 * - users/{id}: admin only (people read their own account elsewhere)
 * - volunteers/{id}, its hour totals and certificate: coordinator, admin
 * - grants/applications/{id} and its versions, scores: coordinator, admin (applicant B is not the owner)
 * - grants/reviews/{applicationId}: nobody here (the reviewer is not assigned)
 * - grants/calls/{id}, ranking, summary: coordinator, admin
 * - organisations/{id}, events/{id} and their sub-resources: coordinator, admin
 * - hours/{id} (edit, withdraw): the owner and staff (corrections); nobody else
 * Writes are only sent by the non-staff callers (staff would really change the record).
 */
type Caller = Role | 'no role' | 'signed out';
const CALLERS: Caller[] = ['admin', 'coordinator', 'volunteer', 'applicant', 'reviewer', 'no role', 'signed out'];
const STAFF: Caller[] = ['coordinator', 'admin'];
const MISSING_ID = '00000000-0000-4000-8000-00000000dead';
/** Readable by the roles above, but only in some states or with more parameters: the allowed get anything but "missing". */
const STATE_DEPENDENT = new Set(['GET /api/v1/grants/applications/{id}/decision-letter', 'GET /api/v1/events/{id}/certificates.pdf']);

const READERS: [RegExp, Caller[]][] = [
  [/^\/api\/v1\/users\/\{id\}$/, ['admin']],
  [/^\/api\/v1\/volunteers\/\{id\}(\/hour-totals|\/certificate\.pdf)?$/, STAFF],
  [/^\/api\/v1\/grants\/applications\/\{id\}(\/versions|\/scores|\/decision-letter)?$/, STAFF],
  [/^\/api\/v1\/grants\/calls\/\{id\}(\/ranking|\/summary)?$/, STAFF],
  [/^\/api\/v1\/organisations\/\{id\}$/, STAFF],
  [/^\/api\/v1\/events\/\{id\}(\/[\w.-]+)*$/, STAFF],
];

interface Session {
  cookie?: string;
  csrf?: string;
}

describe('other people’s records (IDOR) and what answers may contain', () => {
  let t: TestApp;
  let ops: Operation[];
  const sessions = {} as Record<Caller, Session>;
  const ids: Record<string, string> = {};
  /** Values only staff may see: volunteer A's contact details, applicant A's project. */
  const CANARIES = { volunteerEmail: 'canary-volunteer-a@security.test', projectTitle: 'Kanarienprojekt-7f3a' };

  async function login(email: string): Promise<Session> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode}`);
    return { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: res.json().csrfToken };
  }

  const call = (who: Caller, method: string, url: string) =>
    t.app.inject({
      method: method.toUpperCase() as 'GET',
      url,
      headers: { ...(sessions[who].cookie ? { cookie: sessions[who].cookie, 'x-xsrf-token': sessions[who].csrf! } : {}), 'content-type': 'application/json' },
      ...(method === 'get' || method === 'delete' ? {} : { payload: '{}' }),
    });

  /** Closed-set query parameters set to their first value, so a route is not refused for a missing choice. */
  const choices = (op: Operation): string => {
    const q = new URLSearchParams(op.queryParams.filter((p) => p.schema?.enum?.length).map((p) => [p.name, String(p.schema!.enum![0])]));
    return q.size ? `?${q}` : '';
  };

  /** The real id for a route's path, or null when the record kind is not seeded here. */
  function realId(op: Operation): string | null {
    if (op.pathParams.length !== 1) return null;
    const p = op.path;
    if (/^\/api\/v1\/users\/\{id\}/.test(p)) return ids['userA']!;
    if (/^\/api\/v1\/volunteers\/\{id\}/.test(p)) return ids['volunteerA']!;
    if (/^\/api\/v1\/hours\/\{id\}/.test(p)) return ids['entryA']!;
    if (/^\/api\/v1\/grants\/applications\/\{id\}/.test(p) || /^\/api\/v1\/grants\/reviews\/\{applicationId\}/.test(p)) return ids['applicationA']!;
    if (/^\/api\/v1\/grants\/calls\/\{id\}/.test(p)) return ids['call']!;
    if (/^\/api\/v1\/organisations\/\{id\}/.test(p)) return ids['organisation']!;
    if (/^\/api\/v1\/events\/\{id\}/.test(p)) return ids['event']!;
    return null;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const org = await addOrganisation(t, 'Tafel Borna');
    const a = await addVolunteer(t, { firstName: 'Anna', lastName: 'Kanarie', email: CANARIES.volunteerEmail, organisations: [org.id] });
    ids['organisation'] = org.id;
    ids['volunteerA'] = a.id;
    ids['userA'] = (await t.dataSource.query(`SELECT user_id FROM volunteers WHERE id = $1`, [a.id]))[0].user_id;
    ids['entryA'] = await insertEntry(t, { volunteerId: a.id, date: daysAgo(3), minutes: 90 });
    const applicantA = await createUser(t, 'applicant-a@security.test', ['applicant']);
    ids['call'] = await insertCall(t);
    ids['applicationA'] = await insertApplication(t, { callId: ids['call'], applicantId: applicantA.id, status: 'submitted', data: await validData(t, { title: CANARIES.projectTitle } as never) });
    ids['event'] = await insertEvent(t, { startsAt: new Date(Date.now() + 20 * 86_400_000), rsvpDeadline: daysAgo(-10) });

    for (const caller of CALLERS) {
      if (caller === 'signed out') {
        sessions[caller] = {};
        continue;
      }
      const email = `${caller.replace(' ', '-')}-b@security.test`;
      if (caller === 'volunteer') await addVolunteer(t, { firstName: 'Bernd', lastName: 'Anders', email, account: true });
      else await createUser(t, email, caller === 'no role' ? [] : [caller]);
      sessions[caller] = await login(email);
    }
    ops = await loadOperations(t);
  });
  afterAll(() => t.close());

  it('answers a caller who may not see someone else’s record exactly like a missing id; allowed readers get it', async () => {
    const problems: string[] = [];
    let cells = 0;
    const seeded = ops.filter((op) => realId(op));
    expect(seeded.length).toBeGreaterThan(40);
    for (const op of seeded) {
      const readers = op.method === 'get' ? (READERS.find(([re]) => re.test(op.path))?.[1] ?? []) : [];
      for (const caller of CALLERS) {
        if (op.method !== 'get' && STAFF.includes(caller)) continue;
        const real = await call(caller, op.method, fillPath(op.path, () => realId(op)!) + choices(op));
        cells++;
        const missing = await call(caller, op.method, fillPath(op.path, () => MISSING_ID) + choices(op));
        if (readers.includes(caller)) {
          const seen = STATE_DEPENDENT.has(label(op)) ? real.statusCode < 500 && real.statusCode !== missing.statusCode : real.statusCode < 300;
          if (!seen) problems.push(`${caller} ${label(op)}: allowed but got ${real.statusCode}`);
          continue;
        }
        const shape = (r: typeof real) => `${r.statusCode} ${r.headers['content-type']?.toString().startsWith('application/json') ? JSON.stringify(Object.keys(r.json()).sort()) + ' ' + r.json().code : r.body}`;
        if (shape(real) !== shape(missing)) problems.push(`${caller} ${label(op)}: ${shape(real)} vs missing ${shape(missing)}`);
        if (![401, 403, 404, 400].includes(real.statusCode)) problems.push(`${caller} ${label(op)}: ${real.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(200);
  });

  it('never puts password hashes, session, CSRF or link tokens, or records the caller may not see into any GET answer', async () => {
    const sessionRows: { id: string; csrf_token: string }[] = await t.dataSource.query(`SELECT id, csrf_token FROM sessions`);
    const tokenHashes: string[] = (await t.dataSource.query(`SELECT token_hash FROM auth_tokens`)).map((r: { token_hash: string }) => r.token_hash);
    const cookieValues = Object.values(sessions).flatMap((s) => (s.cookie ?? '').split('; ').map((c) => c.split('=')[1] ?? '')).filter((v) => v.length > 16);
    // Six signed-in callers, plus the sign-ins addVolunteer makes for volunteers A and B.
    expect(sessionRows).toHaveLength(8);
    // GET /auth/session hands the browser its own CSRF token (it sends it back in a header): only someone else's is a leak.
    const secretsFor = (caller: Caller, op: Operation) => [
      ...sessionRows.map((r) => r.id),
      ...sessionRows.map((r) => r.csrf_token).filter((c) => !(label(op) === 'GET /api/v1/auth/session' && c === sessions[caller].csrf)),
      ...tokenHashes,
      ...cookieValues.filter((c) => !(label(op) === 'GET /api/v1/auth/session' && c === sessions[caller].csrf)),
    ];
    const problems: string[] = [];
    let answers = 0;
    const canarySeenByStaff = new Set<string>();
    for (const op of ops.filter((o) => o.method === 'get' && (o.pathParams.length === 0 || realId(o)))) {
      const url = fillPath(op.path, () => realId(op)!);
      for (const caller of CALLERS) {
        const res = await call(caller, 'get', url);
        if (res.statusCode >= 300) continue;
        answers++;
        const body = res.body;
        if (body.includes('$argon2')) problems.push(`${caller} ${label(op)}: password hash`);
        for (const s of secretsFor(caller, op)) if (s && body.includes(s)) problems.push(`${caller} ${label(op)}: a session/CSRF/link token`);
        for (const [name, value] of Object.entries(CANARIES)) if (STAFF.includes(caller) && body.includes(value)) canarySeenByStaff.add(name);
        if (!STAFF.includes(caller) && body.includes(CANARIES.volunteerEmail)) problems.push(`${caller} ${label(op)}: volunteer A's email`);
        if (!STAFF.includes(caller) && body.includes(CANARIES.projectTitle)) problems.push(`${caller} ${label(op)}: applicant A's project`);
      }
    }
    expect(problems).toEqual([]);
    // The canaries are really in the answers staff get, so their absence elsewhere means something.
    expect([...canarySeenByStaff].sort()).toEqual(['projectTitle', 'volunteerEmail']);
    expect(answers).toBeGreaterThan(60);
  });
});
