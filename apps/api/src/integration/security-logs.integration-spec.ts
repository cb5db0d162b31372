import { inspect } from 'node:util';
import { Logger, type LoggerService } from '@nestjs/common';
import IORedis from 'ioredis';
import { JobQueue, redisOptionsFromUrl } from '@miteinander/server-platform';
import { createTestApp, waitFor, type TestApp } from '../test-support/test-app';
import { createUser, linkToken, sentMailTo, signIn } from '../test-support/people';
import { addOrganisation, addVolunteer, today } from './hours-fixtures';
import { cardVolunteer, cards, seedCardRules } from './card-fixtures';
import { grantsApi, insertCall, person, validData } from './grant-fixtures';

/** Everything the app writes: Nest's logger at every level, console, and raw stdout/stderr. */
class LogCapture implements LoggerService {
  readonly lines: string[] = [];
  private readonly restore: (() => void)[] = [];

  record(level: string, args: unknown[]): void {
    this.lines.push(`${level} ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' ')}`);
  }
  log = (...a: unknown[]) => this.record('log', a);
  error = (...a: unknown[]) => this.record('error', a);
  warn = (...a: unknown[]) => this.record('warn', a);
  debug = (...a: unknown[]) => this.record('debug', a);
  verbose = (...a: unknown[]) => this.record('verbose', a);
  fatal = (...a: unknown[]) => this.record('fatal', a);

  install(t: TestApp): void {
    t.app.useLogger(this);
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[level];
      console[level] = (...a: unknown[]) => this.record(`console.${level}`, a);
      this.restore.push(() => (console[level] = original));
    }
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        this.record('stream', [String(chunk)]);
        return (original as (...x: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      this.restore.push(() => (stream.write = original));
    }
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0)) undo();
  }
}

// Canaries: values that must never show up in a log line or a job payload.
const PASSWORD = 'Kanari-Geheimwort-4711';
const NEW_PASSWORD = 'Kanari-Neues-Wort-0815';
const FAMILY = 'Kanarienhof';
const IBAN = 'DE89370400440532013000';
const BIRTH_DATE = '1987-03-14';

describe('secrets and personal data stay out of logs and job payloads', () => {
  let t: TestApp;
  const logs = new LogCapture();
  const payloads: { name: string; payload: unknown; jobId?: string }[] = [];
  const secrets: string[] = [PASSWORD, NEW_PASSWORD, FAMILY, IBAN, IBAN.slice(-10), BIRTH_DATE, '14.03.1987'];
  const cookieToken = (res: { headers: Record<string, unknown> }, name: string): string =>
    ((res.headers['set-cookie'] as string[]).find((c) => c.startsWith(`${name}=`)) ?? '').split(';')[0]!.slice(name.length + 1);
  const tokensIn = (text: string): string[] => [...text.matchAll(/token=([A-Za-z0-9_-]{20,})/g)].map((m) => m[1]!);

  beforeAll(async () => {
    t = await createTestApp();
    logs.install(t);
    const queue = t.app.get(JobQueue);
    const enqueue = queue.enqueue.bind(queue);
    const enqueueMany = queue.enqueueMany.bind(queue);
    // Watches what goes to the queue and passes it on unchanged: the jobs still run.
    queue.enqueue = (async (name: string, payload: unknown, options?: { jobId?: string }) => {
      payloads.push({ name, payload, jobId: options?.jobId });
      return enqueue(name as never, payload as never, options);
    }) as typeof queue.enqueue;
    queue.enqueueMany = (async (name: string, items: { payload: unknown; jobId?: string }[]) => {
      for (const i of items) payloads.push({ name, payload: i.payload, jobId: i.jobId });
      return enqueueMany(name as never, items as never);
    }) as typeof queue.enqueueMany;
    await seedCardRules(t);
  }, 120_000);
  afterAll(async () => {
    logs.uninstall();
    await t.close();
  });

  it('captures what the app logs (the probe reaches the capture at every level)', () => {
    new Logger('Probe').debug('probe-debug');
    new Logger('Probe').error('probe-error');
    expect(logs.lines.filter((l) => l.includes('probe-'))).toEqual([expect.stringMatching(/^debug probe-debug .*Probe$/), expect.stringMatching(/^error probe-error .*Probe$/)]);
  });

  it('sign-in, password reset, hours, card application, grant application and mails leave no secret behind', async () => {
    // Sign-in: wrong, then right; the session and CSRF tokens are secrets too.
    await createUser(t, 'vogel.logs@example.org', ['volunteer', 'coordinator'], PASSWORD);
    expect((await t.http().post('/api/v1/auth/login').send({ email: 'vogel.logs@example.org', password: `${PASSWORD}x` })).status).toBe(401);
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'vogel.logs@example.org', password: PASSWORD });
    expect(login.status).toBe(200);
    secrets.push(cookieToken(login, 'mit_session'), login.body.csrfToken);

    // Password reset by mail: the link's token and the new password.
    expect((await t.http().post('/api/v1/auth/password-reset/request').send({ email: 'vogel.logs@example.org' })).status).toBe(202);
    const resetToken = linkToken((await sentMailTo(t, 'vogel.logs@example.org')).body_text!, 'reset-password');
    secrets.push(resetToken);
    expect((await t.http().post('/api/v1/auth/password-reset/confirm').send({ token: resetToken, password: NEW_PASSWORD })).status).toBe(204);
    const coord = await signIn(t, 'vogel.logs@example.org', NEW_PASSWORD);
    secrets.push(coord.csrf);

    // Hours with a family's name in the note; the volunteer's date of birth set by the coordinator.
    const tafel = (await addOrganisation(t, 'Tafel Kanari', [{ name: 'Petra Lang', email: 'petra@tafel.example.org' }])).id;
    const vol = await addVolunteer(t, { firstName: 'Vera', lastName: 'Stunden', email: 'vera.logs@example.org', organisations: [tafel] });
    const hours = await vol.signedIn!.agent.post('/api/v1/hours').set('x-xsrf-token', vol.signedIn!.csrf).send({ activityDate: today(), minutes: 60, activity: 'Hausaufgaben', organisationId: tafel, note: `Familie ${FAMILY}` });
    expect(hours.status).toBe(201);
    const dob = await coord.agent.patch(`/api/v1/volunteers/${vol.id}`).set('x-xsrf-token', coord.csrf).send({ dateOfBirth: BIRTH_DATE });
    expect(dob.status).toBe(200);

    // Card application: the applicant carries the canary name; the organisation gets a confirmation link.
    const applicant = await cardVolunteer(t, { firstName: 'Zarifa', lastName: FAMILY, email: 'zarifa@example.org', minutesLastYear: 200 * 60, organisationId: tafel });
    expect((await cards(applicant.signedIn!).post('/me/card/applications', {})).status).toBe(201);

    // Grant application with an IBAN.
    const callId = await insertCall(t);
    const applicantApi = grantsApi(await person(t, 'antrag.logs@example.org', ['applicant']));
    const draft = await applicantApi.post('/grants/applications', { callId });
    expect((await applicantApi.patch(`/grants/applications/${draft.body.id}`, { data: await validData(t, { accountHolder: `Familie ${FAMILY}`, iban: IBAN }) })).status).toBe(200);
    expect((await applicantApi.post(`/grants/applications/${draft.body.id}/submit`)).status).toBe(200);

    // Every mail went out (the send job ran); their links' tokens join the secrets.
    const outbox: { id: string; template: string; body_text: string }[] = await waitFor(async () => {
      const rows: { id: string; template: string; status: string; body_text: string }[] = await t.dataSource.query(`SELECT id, template, status, body_text FROM outbox ORDER BY id`);
      return rows.length >= 4 && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 20_000, 'all mails sent');
    expect(outbox.map((o) => o.template).sort()).toEqual(['card-application-received', 'card-confirmation-request', 'grant-submitted', 'password-reset']);
    for (const m of outbox) secrets.push(...tokensIn(m.body_text ?? ''));
    expect(secrets.length).toBeGreaterThanOrEqual(13);

    const leaks = logs.lines.flatMap((line) => secrets.filter((s) => line.includes(s)).map((s) => `${s} in: ${line.slice(0, 200)}`));
    expect(leaks).toEqual([]);

    // Job payloads: ids only.
    expect([...new Set(payloads.map((p) => (p.payload as { outboxId: string }).outboxId))].sort()).toEqual(outbox.map((o) => o.id));
    for (const p of payloads) {
      expect(p).toEqual({ name: 'mail.send', payload: { outboxId: expect.stringMatching(/^[0-9a-f-]{36}$/) }, jobId: `outbox-${(p.payload as { outboxId: string }).outboxId}` });
    }
    const serialised = JSON.stringify(payloads);
    expect(secrets.filter((s) => serialised.includes(s))).toEqual([]);
    expect(serialised).not.toMatch(/@example\.org/);
    // With BullMQ (services mode) the jobs as Redis stores them hold nothing more than the payloads above.
    if (t.config.queue.driver === 'bullmq') {
      const redis = new IORedis(redisOptionsFromUrl(t.config.queue.redisUrl!));
      try {
        const keys = (await redis.keys(`${t.config.queue.prefix}:*`)).filter((k) => /:[^:]*-[0-9a-f-]{36}$/.test(k) || /:\d+$/.test(k));
        const jobs: string[] = [];
        for (const key of keys) if ((await redis.type(key)) === 'hash') jobs.push(JSON.stringify(await redis.hgetall(key)));
        expect(jobs.length).toBeGreaterThanOrEqual(payloads.length);
        for (const job of jobs) {
          expect(secrets.filter((s) => job.includes(s))).toEqual([]);
          expect(job).not.toMatch(/@example\.org/);
        }
      } finally {
        redis.disconnect();
      }
    }
  }, 120_000);

  it('an internal error is logged with its stack, but without the password of the request that hit it', async () => {
    const before = logs.lines.length;
    await t.dataSource.destroy();
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'vogel.logs@example.org', password: NEW_PASSWORD });
    expect(res.status).toBe(500);
    const fresh = logs.lines.slice(before).filter((l) => l.includes('HttpError'));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/Driver not Connected|Connection terminated|not initialized/i);
    for (const line of logs.lines.slice(before)) expect(secrets.filter((s) => line.includes(s))).toEqual([]);
  });
});
