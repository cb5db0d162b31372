import type { Pool } from 'pg';
import { insertPendingRows, sleep, statusCounts, testDatabasePool, waitFor } from './test-support/outbox';
import {
  API_MAIN,
  dedicatedRedis,
  describeWithServices,
  freePort,
  requireBuilt,
  serviceEnv,
  spawnNode,
  stopProc,
  uniquePrefix,
  WORKER_MAIN,
  type DedicatedRedis,
  type Proc,
} from './test-support/processes';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink';

interface Health {
  status: number;
  body: { status: string; queue: { state: string; driver: string } };
  ms: number;
}

/**
 * The compiled api and worker on a Redis of the test's own, which is killed and started again empty while
 * mail is in flight. Only where Redis is (CI's services run; redis-server must be on the PATH).
 */
describeWithServices('Redis lost and restarted empty mid-run', () => {
  let db: Pool;
  let sink: SmtpSink;
  let redis: DedicatedRedis;
  let api: Proc | undefined;
  let worker: Proc | undefined;
  let healthUrl: string;

  beforeAll(async () => {
    requireBuilt(WORKER_MAIN, API_MAIN);
    db = testDatabasePool(2);
    await db.query(`TRUNCATE outbox`);
    sink = await startSmtpSink({ onData: () => ({ accept: true, delayMs: 20 }) });
    redis = await dedicatedRedis();
    await redis.start();
  });
  afterAll(async () => {
    await stopProc(worker);
    await stopProc(api);
    await redis?.kill();
    await db?.end();
    await sink?.stop();
  });

  async function health(): Promise<Health> {
    const started = Date.now();
    const res = await fetch(healthUrl, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: (await res.json()) as Health['body'], ms: Date.now() - started };
  }

  it('the outbox sweeper re-enqueues everything and it is delivered once; the api stays up and reports the queue down meanwhile', async () => {
    const prefix = uniquePrefix('redis-restart');
    const port = await freePort();
    healthUrl = `http://127.0.0.1:${port}/api/health`;
    const env = serviceEnv({ REDIS_URL: redis.url, QUEUE_PREFIX: prefix, SMTP_URL: sink.url });
    api = spawnNode(API_MAIN, { ...env, PORT: String(port), HOST: '127.0.0.1', COOKIE_SECURE: 'false' });
    worker = spawnNode(WORKER_MAIN, env);
    const up = await waitFor(() => health().catch(() => undefined), 30_000, `the api at ${healthUrl}`, 200).catch((error: Error) => {
      throw new Error(`${error.message}; api output:\n${api?.output().slice(-3000)}`);
    });
    expect(up).toMatchObject({ status: 200, body: { status: 'ok', queue: { state: 'up', driver: 'bullmq' } } });

    // 600 mails; Redis dies when about a third has gone out, with the rest queued in Redis or still pending.
    const ids = await insertPendingRows(db, Array.from({ length: 600 }, (_, i) => `volunteer${i}@example.org`));
    await waitFor(() => sink.deliveries.length >= 200, 30_000, '200 deliveries', 5);
    await redis.kill();
    const lostAt = Date.now();

    // Meanwhile: the api answers quickly that the queue is down; nothing crashes.
    const down = await waitFor(async () => {
      const h = await health();
      return h.status !== 200 ? h : undefined;
    }, 5_000, 'health to report a problem', 100);
    expect(down).toMatchObject({ status: 503, body: { status: 'degraded', queue: { state: 'down', driver: 'bullmq' } } });
    expect(down.ms).toBeLessThan(3_000);
    expect(Date.now() - lostAt).toBeLessThan(4_000);
    await sleep(2_000);
    const stillDown = await health();
    expect(stillDown).toMatchObject({ status: 503, body: { queue: { state: 'down' } } });
    expect(stillDown.ms).toBeLessThan(3_000);
    expect(api.alive() && worker.alive()).toBe(true);
    const sentWhileDown = (await statusCounts(db))['sent'] ?? 0;
    expect(sentWhileDown).toBeLessThan(ids.length);

    // Redis comes back with nothing in it: the sweeper (OUTBOX_STUCK_SECONDS=5) hands the unsent rows out again.
    await redis.start();
    await waitFor(async () => (await statusCounts(db))['sent'] === ids.length, 45_000, 'every row sent after Redis came back', 250).catch(async (error: Error) => {
      throw new Error(`${error.message}; statuses ${JSON.stringify(await statusCounts(db))}; worker output:\n${worker?.output().slice(-3000)}`);
    });
    await sleep(500);
    const counts = sink.countByMessageId();
    expect(counts.size).toBe(ids.length);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(await waitFor(async () => ((await health()).status === 200 ? true : undefined), 10_000, 'health ok again')).toBe(true);
    expect(api.alive() && worker.alive()).toBe(true);
  }, 120_000);
});
