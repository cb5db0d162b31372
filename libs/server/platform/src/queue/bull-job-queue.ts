import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB_QUEUE, QueueName, type JobName, type JobPayloads } from '@miteinander/contracts';
import { JobQueue, type EnqueueOptions } from './job-queue';

/** Producer side of the BullMQ driver. Retry policy lives in the queues' default job options. */
@Injectable()
export class BullJobQueue extends JobQueue {
  readonly driver = 'bullmq' as const;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    await this.queue(JOB_QUEUE[name]).add(name, payload, { jobId: options.jobId, delay: options.delayMs });
  }

  async isHealthy(): Promise<boolean> {
    try {
      const client = await this.queue(QueueName.Mail).client;
      return (await (client as unknown as { ping(): Promise<string> }).ping()) === 'PONG';
    } catch {
      return false;
    }
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
