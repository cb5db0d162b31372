import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import parser from 'cron-parser';
import { JobName, JOB_QUEUE } from '@miteinander/contracts';
import { APP_CONFIG, JobQueue, type AppConfig } from '@miteinander/server-platform';

export const RETENTION_SCHEDULER_ID = 'privacy-retention';

/**
 * Runs the retention job on RETENTION_SCHEDULE in the county's time zone, as the reminders are scheduled: with
 * Redis a BullMQ job scheduler (one per id, so several workers fire each run once), embedded a timer.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionScheduler');
  private timer?: NodeJS.Timeout;
  private lastCheck = new Date();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The api (with a separate worker) schedules nothing; tests drive tick() themselves.
    if (this.config.role === 'api' || this.config.env === 'test') return;
    await this.start();
  }

  async start(): Promise<void> {
    if (this.queue.driver === 'bullmq') {
      await this.upsertBullScheduler();
      this.logger.log(`Retention scheduled in BullMQ: ${this.config.privacy.retention.schedule}`);
      this.timer = setInterval(() => void this.upsertBullScheduler().catch((e) => this.logger.warn((e as Error).message)), 3600_000);
      this.timer.unref();
      return;
    }
    this.timer = setInterval(() => void this.tick(new Date()), 30_000);
    this.timer.unref();
  }

  private async upsertBullScheduler(): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[JobName.RunRetention]), { strict: false });
    await queue.upsertJobScheduler(RETENTION_SCHEDULER_ID, { pattern: this.config.privacy.retention.schedule, tz: this.config.reminders.timezone }, { name: JobName.RunRetention, data: {} });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Embedded mode: enqueue the run if its next time fell between the last check and now (jobId: once per time). */
  async tick(now: Date): Promise<void> {
    const since = this.lastCheck;
    this.lastCheck = now;
    const next = parser.parseExpression(this.config.privacy.retention.schedule, { currentDate: since, tz: this.config.reminders.timezone }).next().toDate();
    if (next <= now) await this.queue.enqueue(JobName.RunRetention, {}, { jobId: `${RETENTION_SCHEDULER_ID}-${next.toISOString()}` });
  }
}
