import type { Pool } from 'pg';
import { insertPendingRows, messageIdOf, sleep, statusCounts, testDatabasePool, waitFor } from './test-support/outbox';
import { deleteQueuePrefixes, describeWithServices, requireBuilt, serviceEnv, spawnNode, stopProc, uniquePrefix, WORKER_MAIN, type Proc } from './test-support/processes';
import { startSmtpSink, type DataAction, type SmtpSink } from './test-support/smtp-sink';

const CONCURRENCY = 4;

/** The compiled worker, stopped the way a container runtime stops it. Only where Redis is (CI's services run). */
describeWithServices('worker stopped with SIGTERM', () => {
  let db: Pool;
  let sink: SmtpSink;
  let worker: Proc | undefined;
  /** What the SMTP server does with each message; tests change it. */
  let behaviour: () => DataAction = () => ({ accept: true });

  beforeAll(async () => {
    requireBuilt(WORKER_MAIN);
    db = testDatabasePool(2);
    sink = await startSmtpSink({ onData: () => behaviour() });
  });
  beforeEach(async () => {
    await db.query(`TRUNCATE outbox`);
    sink.deliveries.length = 0;
    sink.dataReceived.length = 0;
    sink.transactionsStarted.length = 0;
  });
  afterEach(async () => {
    await stopProc(worker);
    worker = undefined;
  });
  afterAll(async () => {
    await deleteQueuePrefixes();
    await db?.end();
    await sink?.stop();
  });

  const startWorker = (prefix: string, env: Record<string, string> = {}) =>
    spawnNode(WORKER_MAIN, serviceEnv({ QUEUE_PREFIX: prefix, SMTP_URL: sink.url, WORKER_CONCURRENCY: String(CONCURRENCY), ...env }));

  it('finishes the sends in flight, starts no new one, exits 0 within 10 s; the next worker sends the rest once', async () => {
    const prefix = uniquePrefix('sigterm');
    behaviour = () => ({ accept: true, delayMs: 2_000 });
    const ids = await insertPendingRows(db, Array.from({ length: 30 }, (_, i) => `member${i}@example.org`));
    worker = startWorker(prefix);
    // All slots busy: the server holds each message 2 s before it answers.
    await waitFor(() => sink.dataReceived.length >= CONCURRENCY, 20_000, `${CONCURRENCY} messages in flight`, 10);
    await sleep(300);
    const inFlight = sink.dataReceived.map((d) => d.messageId);
    expect(inFlight).toHaveLength(CONCURRENCY);
    const signalledAt = Date.now();
    worker.kill('SIGTERM');
    const exit = await worker.exited;

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(10_000);
    // The sends in flight were answered and recorded as sent, none left half-done in 'sending'.
    expect(sink.deliveries.map((d) => d.messageId).sort()).toEqual([...inFlight].sort());
    const sent: { message_id: string }[] = (await db.query(`SELECT message_id FROM outbox WHERE status = 'sent'`)).rows;
    expect(sent.map((r) => r.message_id).sort()).toEqual([...inFlight].sort());
    expect((await statusCounts(db))['sending'] ?? 0).toBe(0);
    // Nothing new was started after the signal.
    expect(sink.transactionsStarted.filter((t) => t > signalledAt)).toEqual([]);

    // The rest waits in Redis (or in the outbox) for the next worker, which sends each of them once.
    behaviour = () => ({ accept: true });
    worker = startWorker(prefix);
    await waitFor(async () => (await statusCounts(db))['sent'] === ids.length, 20_000, 'the rest sent by the next worker');
    await sleep(300);
    expect(sink.deliveries.map((d) => d.messageId).sort()).toEqual(ids.map(messageIdOf).sort());
  }, 60_000);

  it('exits within 10 s even when a send hangs (the row is left for the sweeper)', async () => {
    behaviour = () => ({ hang: true });
    await insertPendingRows(db, ['waiting@example.org']);
    worker = startWorker(uniquePrefix('sigterm-hang'), { SMTP_TIMEOUT_MS: '60000' });
    await waitFor(() => sink.dataReceived.length >= 1, 20_000, 'the message in flight', 10);
    const signalledAt = Date.now();
    worker.kill('SIGTERM');
    const exit = await worker.exited;
    expect(exit.at - signalledAt).toBeLessThan(10_000);
    // Not a clean stop: the exit code says so, and the row is still marked as being sent.
    expect(exit.code).toBe(1);
    expect(await statusCounts(db)).toEqual({ sending: 1 });
    expect(sink.deliveries).toEqual([]);
  }, 30_000);
});
