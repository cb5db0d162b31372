import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName } from '@miteinander/contracts';
import { JobQueue } from '@miteinander/server-platform';
import { startPipeline, QUEUE_DRIVER } from './test-support/in-process';
import { deleteQueuePrefixes } from './test-support/processes';
import { INSERT_OUTBOX_SQL, messageIdOf, outboxValues, sleep, waitFor } from './test-support/outbox';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink';

describe(`the outbox sweeper (${QUEUE_DRIVER} driver)`, () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startPipeline({ SMTP_URL: sink.url, OUTBOX_STUCK_SECONDS: '5' });
    dataSource = app.get(DataSource);
    await dataSource.query(`TRUNCATE outbox`);
  });
  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await deleteQueuePrefixes();
  });

  it('sends a mail a dead worker left mid-send, even after its job was replayed and finished without sending', async () => {
    // A worker claimed the row and died before the server answered. BullMQ later replays the job; the
    // replay finds the row still claimed and leaves it (it cannot know the first try is dead) — job done.
    const id = randomUUID();
    await dataSource.query(INSERT_OUTBOX_SQL, outboxValues(id, 'left-behind@example.org'));
    await dataSource.query(`UPDATE outbox SET status = 'sending', attempts = 1, queued_at = now() WHERE id = $1`, [id]);
    await app.get(JobQueue).enqueue(JobName.SendMail, { outboxId: id }, { jobId: `outbox-${id}` });
    await sleep(500);
    expect(sink.deliveries).toEqual([]);
    // After OUTBOX_STUCK_SECONDS the sweeper puts the row back and the relay hands it to the queue again:
    // the finished job of the same id must not swallow it.
    const row = await waitFor(async () => {
      const [r] = await dataSource.query(`SELECT status, attempts FROM outbox WHERE id = $1`, [id]);
      return r.status === 'sent' ? r : undefined;
    }, 15_000, 'the row to be sent');
    expect(row).toEqual({ status: 'sent', attempts: 2 });
    expect(sink.deliveries.map((d) => d.messageId)).toEqual([messageIdOf(id)]);
  }, 30_000);
});
