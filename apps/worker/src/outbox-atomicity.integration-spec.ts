import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startPipeline, QUEUE_DRIVER } from './test-support/in-process';
import { deleteQueuePrefixes } from './test-support/processes';
import { INSERT_OUTBOX_SQL, messageIdOf, outboxValues, waitFor } from './test-support/outbox';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink';

// The whole pipeline (outbox → relay → queue → send handler → SMTP) on this run's driver: inline in the
// embedded run, BullMQ on Redis in the services run.
describe(`a change and its mail commit together (${QUEUE_DRIVER} driver)`, () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startPipeline({ SMTP_URL: sink.url });
    dataSource = app.get(DataSource);
    await dataSource.query(`TRUNCATE outbox`);
  });
  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await deleteQueuePrefixes();
  });

  it('500 changes with every 10th rolled back: exactly the 450 committed ones are delivered, once each', async () => {
    const run = randomUUID();
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    // Each change is an audit entry plus the mail it causes, in one transaction; every 10th change fails
    // after both writes, so its transaction rolls back. Five changes run at a time, like concurrent requests.
    const change = async (i: number) => {
      const id = randomUUID();
      const fails = i % 10 === 9;
      try {
        await dataSource.transaction(async (m) => {
          await m.query(`INSERT INTO audit_log (action, entity, entity_id, diff) VALUES ('update', 'test-change', $1, $2)`, [`${run}-${i}`, { i }]);
          await m.query(INSERT_OUTBOX_SQL, outboxValues(id, `person${i}@example.org`));
          if (fails) throw new Error(`change ${i} failed`);
        });
        committed.add(id);
      } catch (error) {
        if (!fails) throw error;
        rolledBack.add(id);
      }
    };
    for (let i = 0; i < 500; i += 5) await Promise.all([0, 1, 2, 3, 4].map((k) => change(i + k)));
    expect(committed.size).toBe(450);
    expect(rolledBack.size).toBe(50);

    await waitFor(async () => {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`);
      return n === 450 && sink.deliveries.length >= 450;
    }, 45_000, 'all 450 committed mails sent');
    // Anything sent twice or sent for a rolled-back change would arrive now.
    await new Promise((r) => setTimeout(r, 1_000));

    const delivered = sink.deliveries.map((d) => d.messageId);
    expect(delivered).toHaveLength(450);
    expect(new Set(delivered)).toEqual(new Set([...committed].map(messageIdOf)));
    expect(delivered.filter((m) => [...rolledBack].some((id) => messageIdOf(id) === m))).toEqual([]);
    // The database agrees: the committed changes and their mails are there, the rolled-back ones are not.
    const [{ changes }] = await dataSource.query(`SELECT count(*)::int AS changes FROM audit_log WHERE entity = 'test-change' AND entity_id LIKE $1`, [`${run}-%`]);
    expect(changes).toBe(450);
    const rows: { id: string; status: string; attempts: number }[] = await dataSource.query(`SELECT id, status, attempts FROM outbox`);
    expect(rows).toHaveLength(450);
    expect(rows.every((r) => committed.has(r.id) && r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
