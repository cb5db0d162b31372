import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_BACKOFF_MS } from '@miteinander/server-platform';
import { startPipeline, QUEUE_DRIVER } from './test-support/in-process';
import { deleteQueuePrefixes } from './test-support/processes';
import { INSERT_OUTBOX_SQL, messageIdOf, outboxValues, waitFor } from './test-support/outbox';
import { startSmtpSink, type DataAction, type SmtpSink } from './test-support/smtp-sink';

const SMTP_TIMEOUT_MS = 1_500;

/**
 * What the mail server does is decided per recipient: `<behaviour>.<n>@<case>.example.org` misbehaves on
 * its first n tries and accepts after that. Each try is recorded, so a test sees when it happened.
 */
describe(`SMTP failures are retried or failed as they should be (${QUEUE_DRIVER} driver)`, () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let sink: SmtpSink;
  const tries = new Map<string, number[]>();
  let dropNextConnections = 0;

  const tryNumber = (to: string): number => {
    const list = tries.get(to) ?? [];
    list.push(Date.now());
    tries.set(to, list);
    return list.length;
  };
  const failsFirst = (to: string): number => Number(/\.(\d+)@/.exec(to)?.[1] ?? 0);

  beforeAll(async () => {
    sink = await startSmtpSink({
      onConnect: () => (dropNextConnections > 0 && dropNextConnections-- ? { drop: true } : undefined),
      onRcpt: (to) => {
        if (to.startsWith('rcpt-refused')) return { refuse: 550, message: 'No such mailbox' };
        if (!to.startsWith('rcpt-')) return undefined;
        const n = tryNumber(to);
        if (n > failsFirst(to)) return undefined;
        if (to.startsWith('rcpt-greylist')) return { refuse: 451, message: 'Greylisted, try again later' };
        if (to.startsWith('rcpt-busy')) return { refuse: 421, message: 'Too busy, closing connection' };
        return { drop: true };
      },
      onData: ({ to }): DataAction => {
        if (to.startsWith('data-rejected')) return { refuse: 554, message: 'Message rejected as spam' };
        if (!to.startsWith('data-')) return { accept: true };
        const n = tryNumber(to);
        if (n > failsFirst(to)) return { accept: true };
        if (to.startsWith('data-greylist')) return { refuse: 451, message: 'Local error in processing' };
        if (to.startsWith('data-busy')) return { refuse: 421, message: 'Service not available, closing channel' };
        if (to.startsWith('data-drop')) return { drop: true };
        return { hang: true };
      },
    });
    app = await startPipeline({ SMTP_URL: sink.url, SMTP_TIMEOUT_MS: String(SMTP_TIMEOUT_MS) });
    dataSource = app.get(DataSource);
    await dataSource.query(`TRUNCATE outbox`);
  });
  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await deleteQueuePrefixes();
  });

  /** Writes a pending mail to `to`; the relay picks it up within its poll interval. */
  async function mailTo(to: string): Promise<string> {
    const id = randomUUID();
    await dataSource.query(INSERT_OUTBOX_SQL, outboxValues(id, to));
    return id;
  }
  async function row(id: string): Promise<{ status: string; attempts: number; last_error: string | null }> {
    const [r] = await dataSource.query(`SELECT status, attempts, last_error FROM outbox WHERE id = $1`, [id]);
    return r;
  }
  const settled = (id: string, timeoutMs: number) =>
    waitFor(async () => {
      const r = await row(id);
      return r.status === 'sent' || r.status === 'failed' ? r : undefined;
    }, timeoutMs, `mail ${id} to be sent or failed`);
  const deliveredCount = (id: string) => sink.deliveries.filter((d) => d.messageId === messageIdOf(id)).length;

  it.each([
    ['421 at RCPT TO (server busy, closes the connection)', 'rcpt-busy.1@a.example.org'],
    ['451 at RCPT TO (greylisting)', 'rcpt-greylist.1@b.example.org'],
    ['421 after DATA', 'data-busy.1@c.example.org'],
    ['a connection dropped after the message was sent, before the reply', 'data-drop.1@e.example.org'],
  ])('%s: retried after the backoff, then delivered once', async (_case, to) => {
    const id = await mailTo(to);
    expect(await settled(id, 15_000)).toEqual({ status: 'sent', attempts: 2, last_error: null });
    const [first, second] = tries.get(to)!;
    expect(second! - first!).toBeGreaterThanOrEqual(JOB_BACKOFF_MS - 100);
    expect(deliveredCount(id)).toBe(1);
  });

  it('a connection dropped at RCPT TO is retried on a new connection, and the mail is delivered once', async () => {
    const to = 'rcpt-drop.1@d.example.org';
    const id = await mailTo(to);
    // nodemailer's pool puts a message whose connection closed back in its queue at once; the job's retry
    // (after the backoff) would take over if that failed too. Either way: two tries, one delivery.
    expect(await settled(id, 15_000)).toMatchObject({ status: 'sent', last_error: null });
    expect(tries.get(to)).toHaveLength(2);
    expect(deliveredCount(id)).toBe(1);
  });

  it('a server that keeps answering 451 is retried with doubling waits (2 s, then 4 s), then delivered once', async () => {
    const to = 'data-greylist.2@f.example.org';
    const id = await mailTo(to);
    expect(await settled(id, 20_000)).toEqual({ status: 'sent', attempts: 3, last_error: null });
    const [t1, t2, t3] = tries.get(to)!;
    expect(t2! - t1!).toBeGreaterThanOrEqual(JOB_BACKOFF_MS - 100);
    expect(t3! - t2!).toBeGreaterThanOrEqual(2 * JOB_BACKOFF_MS - 100);
    expect(deliveredCount(id)).toBe(1);
  });

  it('a server that hangs after DATA times out (SMTP_TIMEOUT_MS), and the retry delivers once', async () => {
    const to = 'data-hang.1@g.example.org';
    const id = await mailTo(to);
    const started = Date.now();
    expect(await settled(id, 15_000)).toEqual({ status: 'sent', attempts: 2, last_error: null });
    const [first, second] = tries.get(to)!;
    // The first try waited the timeout for an answer, then the backoff, before the second.
    expect(second! - first!).toBeGreaterThanOrEqual(SMTP_TIMEOUT_MS + JOB_BACKOFF_MS - 200);
    expect(Date.now() - started).toBeLessThan(SMTP_TIMEOUT_MS + JOB_BACKOFF_MS + 5_000);
    expect(deliveredCount(id)).toBe(1);
  });

  it('connections dropped before the greeting are retried and the mail is delivered once', async () => {
    // New connections are needed for this: close the pooled ones first by letting them time out.
    await new Promise((r) => setTimeout(r, SMTP_TIMEOUT_MS + 300));
    dropNextConnections = 2;
    const id = await mailTo('connect-drop@h.example.org');
    expect(await settled(id, 15_000)).toMatchObject({ status: 'sent', last_error: null });
    expect(dropNextConnections).toBe(0);
    expect(deliveredCount(id)).toBe(1);
  });

  it('550 and 554 fail at once, are shown as failed with the reason, and do not hold up other mail', async () => {
    const refused = await mailTo('rcpt-refused@i.example.org');
    const rejected = await mailTo('data-rejected@i.example.org');
    const others = await Promise.all([1, 2, 3, 4, 5].map((i) => mailTo(`colleague${i}@i.example.org`)));
    const started = Date.now();
    const [a, b] = [await settled(refused, 10_000), await settled(rejected, 10_000)];
    expect(a).toEqual({ status: 'failed', attempts: 1, last_error: expect.stringMatching(/^550 .*No such mailbox/) });
    expect(b).toEqual({ status: 'failed', attempts: 1, last_error: expect.stringMatching(/^554 .*spam/) });
    for (const id of others) expect(await settled(id, 10_000)).toEqual({ status: 'sent', attempts: 1, last_error: null });
    // Everything settled well before a retry would have happened, and stays so: no second try of the refused ones.
    expect(Date.now() - started).toBeLessThan(JOB_BACKOFF_MS);
    await new Promise((r) => setTimeout(r, JOB_BACKOFF_MS + 500));
    expect(await row(refused)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await row(rejected)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(sink.dataReceived.filter((d) => d.to === 'data-rejected@i.example.org')).toHaveLength(1);
    expect(deliveredCount(refused) + deliveredCount(rejected)).toBe(0);
    for (const id of others) expect(deliveredCount(id)).toBe(1);
  });
});
