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

/**
 * A mail job whose worker died (kill -9, OOM, lost host) goes back to waiting when its lock has expired and a
 * stalled-job check has seen it twice: with BullMQ's defaults (30 s lock, checks every 30 s, one check at a
 * time across all workers) up to ~60 s late; with these settings ~10-20 s. The lock is renewed every 5 s by a
 * timer while the job runs, so a slow SMTP server (up to SMTP_TIMEOUT_MS) does not lose it. A job that stalls
 * more often than maxStalledCount is failed by BullMQ; the outbox sweeper then hands the row to the queue
 * again (BullJobQueue replaces the finished job), so no mail is lost either way.
 */
@Processor(QueueName.Mail, {
  concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 10),
  lockDuration: 10_000,
  stalledInterval: 10_000,
  maxStalledCount: 3,
})
export class MailQueueConsumer extends RegistryConsumer {}

// Reminder runs (one per schedule tick) write many outbox rows in transactions: one at a time per worker.
@Processor(QueueName.Reminders, { concurrency: 1 })
export class ReminderQueueConsumer extends RegistryConsumer {}

// Evaluation reports (seconds of CPU each): one at a time per worker, so mail keeps flowing beside them.
@Processor(QueueName.Reports, { concurrency: 1, lockDuration: 60_000 })
export class ReportQueueConsumer extends RegistryConsumer {}

export const BULL_CONSUMERS = [MailQueueConsumer, ReminderQueueConsumer, ReportQueueConsumer];
