import { Injectable } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName, type JobName } from '@miteinander/contracts';
import { JobRegistry } from './job-registry';
import { PermanentJobError } from './job-queue';

/** Hands a BullMQ job to the one registered handler; a permanent failure is not retried. */
// @Injectable so the constructor's parameter types are emitted and inherited by the concrete consumers.
@Injectable()
abstract class RegistryConsumer extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  async process(job: Job): Promise<void> {
    try {
      await this.registry.run(job.name as JobName, job.data);
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

@Processor(QueueName.Mail, { concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 10) })
export class MailQueueConsumer extends RegistryConsumer {}

export const BULL_CONSUMERS = [MailQueueConsumer];
