import { Queue, type Job } from 'bullmq';
import type { Pool } from 'pg';
import { REMINDER_KINDS } from '@miteinander/contracts';
import { redisOptionsFromUrl } from '@miteinander/server-platform';
import { ApiClient } from './test-support/http-client';
import { sleep, statusCounts, testDatabasePool, waitFor } from './test-support/outbox';
import { API_MAIN, deleteKeysUnder, describeWithServices, freePort, requireBuilt, serviceEnv, spawnNode, stopProc, WORKER_MAIN, type Proc } from './test-support/processes';
import { familyRequestBody, PASSWORD, seedScaleOut, type ScaleOutData } from './test-support/scale-out-fixtures';
import { startSmtpSink, type DataAction, type SmtpSink } from './test-support/smtp-sink';

const REMINDERS = 2_000;
const RATE_LIMIT = 40;
const LOGGERS = 12;
const ENTRIES_BEFORE_KILL = 3;
const ENTRIES_AROUND_KILL = 3;
const INVITEES = 12;
const CAPACITY = 8;

/** A Redis database of this suite's own (db 0 belongs to everyone else), under a key prefix of its own too. */
function ownRedisUrl(): string {
  const url = new URL(process.env['REDIS_URL']!);
  url.pathname = '/7';
  return url.toString();
}

/** One quiet hour six hours from now (Berlin): reminders go out at once whenever the suite runs. */
function quietHoursAwayFromNow(): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  const hh = (h: number) => String(h % 24).padStart(2, '0');
  return `${hh(hour + 6)}:00-${hh(hour + 7)}:00`;
}

const berlinDaysAgo = (n: number): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() - n * 86_400_000));

/**
 * Two compiled api processes and two compiled worker processes on one PostgreSQL database and one Redis,
 * sending to an SMTP server in this process. A client-side "load balancer" spreads requests over both api
 * processes and, when one is gone, retries on the other. Only where Redis is (CI's services run).
 */
describeWithServices('scale-out: 2 api and 2 worker processes on one PostgreSQL and one Redis', () => {
  const prefix = `test-scale-${process.pid}-${Date.now()}`;
  const redisUrl = ownRedisUrl();
  let db: Pool;
  let sink: SmtpSink;
  /** While set, the sink answers no message until it resolves (a slow mail server: sends stay in flight). */
  let gate: Promise<void> | undefined;
  let apis: Proc[] = [];
  let bases: string[] = [];
  const workers: (Proc | undefined)[] = [];
  let env: Record<string, string>;
  let reminders: Queue;
  let mail: Queue;
  let data: ScaleOutData;
  let [A, B] = ['', ''];

  const startWorker = (i: number) => (workers[i] = spawnNode(WORKER_MAIN, env));
  const output = () => [...apis, ...workers].map((p, i) => `--- process ${i}:\n${p?.output().slice(-1500)}`).join('\n');

  beforeAll(async () => {
    requireBuilt(API_MAIN, WORKER_MAIN);
    db = testDatabasePool(4);
    sink = await startSmtpSink({ onData: (): DataAction | Promise<DataAction> => (gate ? gate.then(() => ({ accept: true })) : { accept: true, delayMs: 2 }) });
    env = serviceEnv({
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      SMTP_URL: sink.url,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      // The processes stand behind a load balancer: the client address is the last X-Forwarded-For hop.
      TRUST_PROXY_HOPS: '1',
      COOKIE_SECURE: 'false',
      QUIET_HOURS: quietHoursAwayFromNow(),
      MAIL_MESSAGE_ID_DOMAIN: 'scale.test',
    });
    const ports = [await freePort()];
    // A port just freed may be handed out again: the two processes need two.
    while (ports.length < 2) {
      const port = await freePort();
      if (port !== ports[0]) ports.push(port);
    }
    bases = ports.map((p) => `http://127.0.0.1:${p}`);
    [A, B] = bases as [string, string];
    // Both api processes start at once on the freshly migrated, empty database (first admin, municipalities, rule sets).
    apis = ports.map((port) => spawnNode(API_MAIN, { ...env, PORT: String(port), HOST: '127.0.0.1' }));
    startWorker(0);
    startWorker(1);
    reminders = new Queue('reminders', { connection: redisOptionsFromUrl(redisUrl), prefix });
    mail = new Queue('mail', { connection: redisOptionsFromUrl(redisUrl), prefix });
    // Health probes from addresses of their own, so they do not use up the low rate limit of the test.
    let probe = 0;
    for (const base of bases) {
      await waitFor(
        () =>
          fetch(`${base}/api/health`, { headers: { 'x-forwarded-for': `10.200.${probe >> 8}.${probe++ & 255}` } })
            .then((r) => r.status === 200)
            .catch(() => false),
        // Starting takes a few seconds, but a minute and more when the shared machine is busy.
        150_000,
        `the api at ${base}`,
        250,
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n${output()}`);
      });
    }
    await waitFor(async () => (await mail.getWorkers()).length >= 2 && (await reminders.getWorkers()).length >= 2, 150_000, 'both workers consuming', 250).catch((e: Error) => {
      throw new Error(`${e.message}\n${output()}`);
    });
    if (![...apis, ...workers].every((p) => p?.alive())) throw new Error(`a process exited during start-up\n${output()}`);
    // The api loads the municipalities on its first start; the fixtures need Grimma.
    data = await seedScaleOut(db, { activeVolunteers: REMINDERS, loggers: LOGGERS, invitees: INVITEES, capacity: CAPACITY });
  }, 240_000);

  afterAll(async () => {
    gate = undefined;
    for (const p of [...apis, ...workers]) await stopProc(p);
    await reminders?.close();
    await mail?.close();
    await deleteKeysUnder(redisUrl, prefix);
    await db?.end();
    await sink?.stop();
  }, 60_000);

  it('a session created by signing in on process A is valid on process B, and signing out on B ends it on A', async () => {
    if (![...apis, ...workers].every((p) => p?.alive())) throw new Error(`a process exited\n${output()}`);
    const browser = new ApiClient('192.0.2.10');
    expect((await browser.signIn(A, data.loggers[0]!.email, PASSWORD)).status).toBe(200);
    expect((await browser.get(B, '/auth/session')).body).toMatchObject({ user: { email: data.loggers[0]!.email }, csrfToken: browser.csrf });
    expect((await browser.get(B, '/hours/mine')).status).toBe(200);
    const copiedCookie = browser.sameSession();
    expect((await browser.post(B, '/auth/logout')).status).toBe(204);
    expect((await copiedCookie.get(A, '/auth/session')).body).toMatchObject({ user: null });
    expect((await copiedCookie.get(A, '/hours/mine')).status).toBe(401);
  });

  it(`the rate limit is shared: requests alternating between A and B meet 429 after ${RATE_LIMIT} in all, not ${2 * RATE_LIMIT}`, async () => {
    const client = new ApiClient('198.51.100.7');
    const statuses: number[] = [];
    for (let i = 0; i < 2 * RATE_LIMIT + 4; i++) statuses.push((await client.get(i % 2 ? B : A, '/auth/session')).status);
    expect(statuses.slice(0, RATE_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(RATE_LIMIT).every((s) => s === 429)).toBe(true);
    // Another address still gets through: the limit is per client, not for everyone.
    expect((await new ApiClient('198.51.100.8').get(A, '/auth/session')).status).toBe(200);
  });

  /** Each scheduler id with the number of next runs waiting for it in Redis. */
  async function nextRunsPerScheduler(): Promise<Map<string, number>> {
    const schedulers = await reminders.getJobSchedulers(0, -1);
    const delayed: Job[] = await reminders.getDelayed(0, -1);
    return new Map(schedulers.map((s) => [s.key, delayed.filter((j) => j.repeatJobKey === s.key).length]));
  }

  it('both workers register the reminder schedulers, and Redis holds each scheduler and its next run once', async () => {
    const runs = await nextRunsPerScheduler();
    // One per reminder kind and the weekly digest (the retention job's scheduler lives in the same queue).
    expect([...runs.keys()]).toEqual(expect.arrayContaining([...REMINDER_KINDS.map((kind) => `reminders-${kind}`), 'reminders-digest']));
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect((await reminders.getDelayed(0, -1)).length).toBe(runs.size);
  });

  const workload = {
    acknowledged: new Map<string, string>(),
    retriedOnOther: 0,
    killedApiAt: 0,
    killedWorkerAt: 0,
    nudgeFiredAt: 0,
  };

  /** Sends to `base`; if that process is gone (connection refused or reset), the same request goes to the other one. */
  async function balanced<T>(base: string, call: (base: string) => Promise<T>): Promise<T> {
    try {
      return await call(base);
    } catch (error) {
      if (!/fetch failed|ECONNRESET|ECONNREFUSED|socket/i.test(String((error as Error & { cause?: Error }).cause ?? error))) throw error;
      workload.retriedOnOther++;
      return call(base === A ? B : A);
    }
  }

  it('a mixed workload over both api processes, with api A killed mid-run, loses no committed change and retries on B succeed', async () => {
    const coordinator = new ApiClient('192.0.2.1');
    expect((await coordinator.signIn(A, data.coordinator.email, PASSWORD)).status).toBe(200);

    // The monthly hours nudge comes due: its scheduler's next run is brought forward, and the same run is also
    // queued a second time (as if a second scheduler had fired): both workers take one each, side by side.
    const nextNudge = (await reminders.getDelayed(0, -1)).find((j) => j.repeatJobKey === 'reminders-hours-nudge')!;
    await nextNudge.promote();
    await reminders.add('reminders.run', { kind: 'hours-nudge' }, { jobId: 'replayed-hours-nudge' });
    workload.nudgeFiredAt = Date.now();

    // Worker 0 is killed while its sends wait for the mail server's answer; the server then answers the rest.
    const workerKiller = (async () => {
      // Writing 2,000 reminders takes one run 30 s or more on a busy 2-vCPU machine; the kill falls once mail flows.
      await waitFor(() => sink.deliveries.length >= 300, 180_000, '300 deliveries', 20);
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      await sleep(300);
      workers[0]!.kill('SIGKILL');
      const exit = await workers[0]!.exited;
      workload.killedWorkerAt = exit.at;
      await sleep(300);
      gate = undefined;
      open();
    })();

    // Sign-ins, spread over both processes.
    const loggers = data.loggers.map((l, i) => ({ ...l, client: new ApiClient(`192.0.2.${100 + i}`) }));
    const signIns = await Promise.all(loggers.map((l, i) => l.client.signIn(i % 2 ? B : A, l.email, PASSWORD)));
    expect(signIns.map((s) => s.status)).toEqual(loggers.map(() => 200));

    const logEntry = (l: (typeof loggers)[number], k: number, base: string) => {
      const key = `${l.volunteerId}-${k}`;
      return balanced(base, (b) =>
        l.client.post(b, '/hours', { activityDate: berlinDaysAgo(k), minutes: 60 + 15 * k, activity: 'Begleitung', organisationId: data.organisationId }, { 'idempotency-key': key }),
      ).then((res) => {
        expect([200, 201]).toContain(res.status);
        workload.acknowledged.set(key, res.body.id);
        return res;
      });
    };

    // Hours logged by every volunteer, each request to the next process in turn.
    let turn = 0;
    await Promise.all(loggers.map(async (l) => {
      for (let k = 0; k < ENTRIES_BEFORE_KILL; k++) await logEntry(l, k, turn++ % 2 ? B : A);
    }));

    // The coordinator approves them: half through A, half through B.
    const queue = await coordinator.get(A, '/hours?status=submitted&pageSize=100');
    expect(queue.body.total).toBe(LOGGERS * ENTRIES_BEFORE_KILL);
    const ids: string[] = queue.body.items.map((e: { id: string }) => e.id);
    const half = Math.ceil(ids.length / 2);
    const decided = [await coordinator.post(A, '/hours/decisions', { ids: ids.slice(0, half), decision: 'approve' }), await coordinator.post(B, '/hours/decisions', { ids: ids.slice(half), decision: 'approve' })];
    expect(decided.map((d) => d.body)).toEqual([{ approved: half, rejected: 0, skipped: 0 }, { approved: ids.length - half, rejected: 0, skipped: 0 }]);

    // A matching round over two requests entered through A and moved on through B.
    const [{ id: grimma }] = (await db.query(`SELECT id FROM municipalities WHERE name = 'Grimma'`)).rows;
    const requests: string[] = [];
    for (const [i, name] of ['Familie Haddad', 'Familie Darwish'].entries()) {
      const created = await coordinator.post(i ? B : A, '/sponsorships', familyRequestBody(name, grimma, berlinDaysAgo));
      expect(created.status).toBe(201);
      await db.query(`UPDATE sponsorships SET requested_at = now() - interval '30 days' WHERE id = $1`, [created.body.id]);
      for (const [j, to] of ['intake', 'ready_to_match'].entries()) expect((await coordinator.post(j ? A : B, `/sponsorships/${created.body.id}/transitions`, { to })).status).toBe(200);
      requests.push(created.body.id);
    }
    const round = await coordinator.post(B, '/matching/rounds', { sponsorshipIds: requests });
    expect(round.status).toBe(201);
    const placed = (round.body.proposals as { sponsorship: { id: string }; volunteer: { id: string } }[]).map((p) => p.sponsorship.id).sort();
    expect(placed).toEqual([...requests].sort());
    expect((await coordinator.get(A, `/matching/rounds/${round.body.id}`)).body).toEqual(round.body);

    // RSVPs without an account, all at once over both processes: the capacity holds, the rest wait in order.
    const answers = await Promise.all(
      data.event.tokens.map((token, i) => new ApiClient(`203.0.113.${10 + i}`).post(i % 2 ? B : A, '/public/rsvp', { token, answer: 'accept', plusOne: false })),
    );
    expect(answers.map((a) => a.status)).toEqual(data.event.tokens.map(() => 200));
    const invitationStates = (await db.query(`SELECT status, count(*)::int AS n FROM event_invitations WHERE event_id = $1 GROUP BY status`, [data.event.id])).rows;
    expect(Object.fromEntries(invitationStates.map((r: { status: string; n: number }) => [r.status, r.n]))).toEqual({ accepted: CAPACITY, waitlisted: INVITEES - CAPACITY });
    const positions = answers.flatMap((a) => (a.body.status === 'waitlisted' ? [a.body.waitlistPosition] : [])).sort();
    expect(positions).toEqual(Array.from({ length: INVITEES - CAPACITY }, (_, i) => i + 1));

    // More hours, all volunteers at once; api A is killed (SIGKILL) while requests are in flight.
    const apiKiller = (async () => {
      await waitFor(() => workload.acknowledged.size >= LOGGERS * ENTRIES_BEFORE_KILL + 8, 30_000, 'hours logged after the approvals', 5);
      apis[0]!.kill('SIGKILL');
      workload.killedApiAt = (await apis[0]!.exited).at;
    })();
    await Promise.all(loggers.map(async (l) => {
      for (let k = ENTRIES_BEFORE_KILL; k < ENTRIES_BEFORE_KILL + ENTRIES_AROUND_KILL; k++) await logEntry(l, k, turn++ % 2 ? B : A);
    }));
    await apiKiller;
    expect(apis[0]!.alive()).toBe(false);
    expect(workload.retriedOnOther).toBeGreaterThan(0);

    // Every entry whose answer the client saw is stored, once per Idempotency-Key, whichever process took it.
    const stored: { idempotency_key: string; id: string; status: string }[] = (
      await db.query(`SELECT idempotency_key, id, status FROM hour_entries WHERE idempotency_key IS NOT NULL`)
    ).rows;
    expect(stored).toHaveLength(LOGGERS * (ENTRIES_BEFORE_KILL + ENTRIES_AROUND_KILL));
    expect(new Map(stored.map((s) => [s.idempotency_key, s.id]))).toEqual(workload.acknowledged);
    expect(stored.filter((s) => s.status === 'approved')).toHaveLength(LOGGERS * ENTRIES_BEFORE_KILL);
    // The sessions of process A's clients carry on at B; the coordinator approves the rest there.
    const rest = await coordinator.get(B, '/hours?status=submitted&pageSize=100');
    expect(rest.body.total).toBe(LOGGERS * ENTRIES_AROUND_KILL);
    const approved = await coordinator.post(B, '/hours/decisions', { ids: rest.body.items.map((e: { id: string }) => e.id), decision: 'approve' });
    expect(approved.body).toEqual({ approved: LOGGERS * ENTRIES_AROUND_KILL, rejected: 0, skipped: 0 });
    await workerKiller;
  }, 240_000);

  it(`every one of the ${REMINDERS} reminders reaches the mail server exactly once, although worker 0 was killed mid-run`, async () => {
    expect(workload.killedWorkerAt).toBeGreaterThan(0);
    const nudges = async () => (await db.query(`SELECT status, count(*)::int AS n FROM outbox WHERE template = 'hours-nudge' GROUP BY status`)).rows;
    await waitFor(async () => {
      const rows = await nudges();
      return rows.length === 1 && rows[0].status === 'sent' && rows[0].n === REMINDERS;
    }, 120_000, `all ${REMINDERS} reminders sent`, 250).catch(async (e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(await nudges())}; all mail ${JSON.stringify(await statusCounts(db))}\n${output()}`);
    });
    await waitFor(async () => Object.keys(await statusCounts(db)).join() === 'sent', 30_000, 'every other mail sent');
    await sleep(500);
    const rows: { recipient: string; message_id: string; template: string }[] = (await db.query(`SELECT recipient, message_id, template FROM outbox`)).rows;
    const nudgeRows = rows.filter((r) => r.template === 'hours-nudge');
    expect(nudgeRows.map((r) => r.recipient).sort()).toEqual([...data.reminderRecipients].sort());
    const counts = sink.countByMessageId();
    expect(nudgeRows.filter((r) => counts.get(r.message_id) !== 1)).toEqual([]);
    // Nothing else went out twice either (RSVP confirmations), and nothing the outbox does not know of.
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(sink.deliveries).toHaveLength(rows.length);
    console.log(
      `scale-out: ${sink.deliveries.length} mails delivered once each (${nudgeRows.length} reminders), ${sink.abandoned.length} sends abandoned by the killed worker and sent again, ` +
        `${workload.retriedOnOther} request(s) retried on api B after api A was killed; ` +
        `last delivery ${((Math.max(...sink.deliveries.map((d) => d.at)) - workload.nudgeFiredAt) / 1000).toFixed(1)} s after the reminders came due`,
    );
  }, 150_000);

  it('each due reminder was scheduled once: one run from the scheduler, one outbox row per volunteer, and a restarted worker adds no second scheduler', async () => {
    // If the killed worker held the scheduler's run, BullMQ hands it to the other worker once its lock has expired
    // (up to a minute): it must complete then, once.
    const schedulerRuns = async (): Promise<Job[]> => (await reminders.getCompleted(0, -1)).filter((j) => j.repeatJobKey === 'reminders-hours-nudge');
    await waitFor(async () => (await schedulerRuns()).length > 0, 100_000, 'the scheduler run completed', 500);
    expect(await schedulerRuns()).toHaveLength(1);
    expect((await reminders.getFailed(0, -1)).filter((j) => j.name === 'reminders.run')).toEqual([]);
    // The replayed run found every reminder already written and wrote nothing (dedupe key per volunteer and month).
    const [{ n, keys }] = (await db.query(`SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS keys FROM outbox WHERE template = 'hours-nudge'`)).rows;
    expect({ n, keys }).toEqual({ n: REMINDERS, keys: REMINDERS });
    const before = await nextRunsPerScheduler();
    startWorker(0);
    await waitFor(async () => (await reminders.getWorkers()).length >= 2, 60_000, 'the restarted worker consuming', 250);
    await sleep(1_000);
    const after = await nextRunsPerScheduler();
    expect(after).toEqual(before);
    expect([...after.values()].every((runs) => runs <= 1)).toBe(true);
  }, 200_000);
});
