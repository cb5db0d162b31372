import type { Pool } from 'pg';
import { insertPendingRows, sleep, statusCounts, testDatabasePool, waitFor } from './test-support/outbox';
import { deleteQueuePrefixes, describeWithServices, requireBuilt, serviceEnv, spawnNode, stopProc, uniquePrefix, WORKER_MAIN, type Proc } from './test-support/processes';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink';

const N = 500;

/**
 * The compiled worker against the PostgreSQL server and Redis, sending to an SMTP server in this process
 * that takes 5–20 ms per message. Only defined where Redis is (CI's services run).
 */
describeWithServices('worker killed with SIGKILL while reminders are in flight', () => {
  let db: Pool;
  let sink: SmtpSink;
  let worker: Proc | undefined;

  beforeAll(async () => {
    requireBuilt(WORKER_MAIN);
    db = testDatabasePool(2);
    sink = await startSmtpSink({ onData: () => ({ accept: true, delayMs: 5 + Math.floor(Math.random() * 16) }) });
  });
  beforeEach(async () => {
    await db.query(`TRUNCATE outbox`);
    sink.deliveries.length = 0;
    sink.abandoned.length = 0;
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

  const startWorker = (prefix: string) => spawnNode(WORKER_MAIN, serviceEnv({ QUEUE_PREFIX: prefix, SMTP_URL: sink.url }));

  /** Waits until every row is sent; returns the rows with their Message-IDs. */
  async function allSent(timeoutMs: number): Promise<{ id: string; recipient: string; message_id: string }[]> {
    await waitFor(async () => (await statusCounts(db))['sent'] === N, timeoutMs, `all ${N} rows sent`, 250).catch(async (error: Error) => {
      throw new Error(`${error.message}; statuses ${JSON.stringify(await statusCounts(db))}, worker output:\n${worker?.output().slice(-3000)}`);
    });
    return (await db.query(`SELECT id, recipient, message_id FROM outbox`)).rows;
  }

  function checkDeliveries(rows: { recipient: string; message_id: string }[]): Map<string, number> {
    const messageIdOfRecipient = new Map(rows.map((r) => [r.recipient, r.message_id]));
    // Every delivery is of a row, under that row's Message-ID (so a recipient's mail client shows a duplicate once).
    for (const d of sink.deliveries) expect(d.messageId).toBe(messageIdOfRecipient.get(d.to));
    const counts = sink.countByMessageId();
    for (const r of rows) expect(counts.get(r.message_id) ?? 0).toBeGreaterThanOrEqual(1);
    return counts;
  }

  it(`kill -9 three times while ${N} reminders are in flight: after restarts every one is delivered, duplicates only where a kill fell after the 250`, async () => {
    const prefix = uniquePrefix('crash');
    await insertPendingRows(db, Array.from({ length: N }, (_, i) => `reminder${i}@example.org`));
    const kills: number[] = [];
    worker = startWorker(prefix);
    for (const progress of [60, 180, 300]) {
      await waitFor(() => sink.deliveries.length >= progress, 30_000, `${progress} deliveries`, 5);
      worker.kill('SIGKILL');
      const exit = await worker.exited;
      expect(exit.signal).toBe('SIGKILL');
      // This process learns of the exit and of the closed SMTP connections in either order: a message the
      // sink accepted a moment after the exit was seen still counts as accepted before the kill.
      kills.push(exit.at + 100);
      worker = startWorker(prefix);
    }
    // Jobs that died with a worker come back when BullMQ's 30 s lock on them has expired, or earlier via
    // the outbox sweeper (OUTBOX_STUCK_SECONDS=5).
    const rows = await allSent(90_000);
    await sleep(500);
    const counts = checkDeliveries(rows);
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    // A message goes out twice only if a kill came after the server had accepted it (the 250) but before the
    // worker recorded it as sent: its first delivery lies before a kill, the second after.
    for (const messageId of duplicated) {
      const times = sink.deliveries.filter((d) => d.messageId === messageId).map((d) => d.at);
      expect(kills.some((k) => times[0]! <= k && times[times.length - 1]! > k)).toBe(true);
    }
    console.log(`kill -9 ×3 with ${N} in flight: ${sink.deliveries.length} deliveries, ${duplicated.length} duplicated message(s)`);
    expect(sink.deliveries.length).toBe(N + duplicated.reduce((sum, id) => sum + counts.get(id)! - 1, 0));
    expect(duplicated.length).toBeLessThanOrEqual(3 * 10 /* WORKER_CONCURRENCY's default: at most that many sends in flight per kill */);
  }, 150_000);

  it(`without kills, ${N} reminders are delivered exactly once each`, async () => {
    await insertPendingRows(db, Array.from({ length: N }, (_, i) => `reminder${i}@example.org`));
    worker = startWorker(uniquePrefix('nokill'));
    const rows = await allSent(30_000);
    await sleep(500);
    const counts = checkDeliveries(rows);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(sink.deliveries).toHaveLength(N);
  }, 60_000);
});
