import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, QueueName, type JobName, type JobPayloads } from '@miteinander/contracts';
import { JobQueue, type EnqueueItem, type EnqueueOptions } from './job-queue';

/** How long the health check waits for Redis to answer a PING (the client queues commands while disconnected). */
export const QUEUE_HEALTH_TIMEOUT_MS = 1_000;

/**
 * Producer side of the BullMQ driver. Retry policy lives in the queues' default job options.
 *
 * A jobId de-duplicates while its job is waiting, delayed or running — as with the inline driver. A job
 * that has finished (completed or failed; BullMQ keeps those for inspection) does not block a new job with
 * the same id: callers enqueue again only work that is still to be done (the outbox relay hands a row to the
 * queue only while it is pending, e.g. after the sweeper found it stuck because a worker died mid-send and
 * the job's replay found the row still claimed), and handlers are idempotent. Without this, such a row
 * would bounce between pending and queued until the old job expired from Redis (a day).
 */
@Injectable()
export class BullJobQueue extends JobQueue {
  readonly driver = 'bullmq' as const;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    await this.enqueueMany(name, [{ payload, jobId: options.jobId, delayMs: options.delayMs }]);
  }

  /** Many jobs of one kind in one round trip (one MULTI for the adds): what the outbox relay needs per batch. */
  async enqueueMany<N extends JobName>(name: N, items: EnqueueItem<N>[]): Promise<void> {
    if (!items.length) return;
    const queue = this.queue(JOB_QUEUE[name]);
    const jobs = items.map((i) => ({ name, data: i.payload, opts: { jobId: i.jobId, delay: i.delayMs } }));
    // The check for finished jobs goes out first and the adds right behind it, without waiting for its answer:
    // Redis runs them in that order, so an id found finished is one whose add was swallowed. Those (rare:
    // only after a crash) are replaced.
    const ids = items.flatMap((i) => (i.jobId ? [i.jobId] : []));
    const [finished] = await Promise.all([this.finishedAmong(queue, ids), jobs.length === 1 ? queue.add(name, jobs[0]!.data, jobs[0]!.opts) : queue.addBulk(jobs)]);
    for (const id of finished) {
      await queue.remove(id);
      const job = jobs.find((j) => j.opts.jobId === id)!;
      await queue.add(name, job.data, job.opts);
    }
  }

  /** Redis answers a PING within a second. Never hangs: while Redis is away the client would queue the command. */
  async isHealthy(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), QUEUE_HEALTH_TIMEOUT_MS)));
    const ping = (async () => {
      const client = (await this.queue(QueueName.Mail).client) as unknown as Redis;
      if (client.status !== 'ready') return false;
      return (await client.ping()) === 'PONG';
    })().catch(() => false);
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Which of these job ids belong to finished (completed or failed) jobs; the commands are sent before this returns. */
  private finishedAmong(queue: Queue, jobIds: string[]): Promise<string[]> {
    if (!jobIds.length) return Promise.resolve([]);
    return queue.client.then((client) => {
      const pipeline = (client as unknown as Redis).pipeline();
      for (const id of jobIds) {
        pipeline.zscore(queue.toKey('completed'), id);
        pipeline.zscore(queue.toKey('failed'), id);
      }
      return pipeline.exec().then((replies) => jobIds.filter((_, i) => replies?.[2 * i]?.[1] != null || replies?.[2 * i + 1]?.[1] != null));
    });
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
