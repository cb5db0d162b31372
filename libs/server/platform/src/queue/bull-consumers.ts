import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName, type JobName } from '@miteinander/contracts';
import { JobRegistry } from './job-registry';
import { PermanentJobError } from './job-queue';

/**
 * Hands a BullMQ job to the one registered handler; a permanent failure is not retried.
 * On shutdown the worker stops taking jobs and waits for the running ones, before the database, the SMTP
 * pool and Redis are closed (those close in onApplicationShutdown, which comes after this hook).
 */
// @Injectable so the constructor's parameter types are emitted and inherited by the concrete consumers.
@Injectable()
abstract class RegistryConsumer extends WorkerHost implements BeforeApplicationShutdown {
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

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

// Defaults of BullMQ otherwise: a job whose worker died is taken over once its 30 s lock has expired.
// A job that stalls more often than maxStalledCount is failed by BullMQ; the outbox sweeper then hands the
// row to the queue again, so no mail is lost either way.
@Processor(QueueName.Mail, { concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 10), maxStalledCount: 3 })
export class MailQueueConsumer extends RegistryConsumer {}

// Reminder runs (one per schedule tick) write many outbox rows in transactions: one at a time per worker.
@Processor(QueueName.Reminders, { concurrency: 1 })
export class ReminderQueueConsumer extends RegistryConsumer {}

export const BULL_CONSUMERS = [MailQueueConsumer, ReminderQueueConsumer];
