import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import parser from 'cron-parser';
import { JobName, QueueName } from '@miteinander/contracts';
import { APP_CONFIG, JobQueue, type AppConfig } from '@miteinander/server-platform';
import { ReminderRegistry } from './reminder-provider';

/** Monday 08:00: the weekly digest. */
export const DIGEST_SCHEDULE = '0 8 * * 1';

interface Schedule {
  id: string;
  pattern: string;
  job: { name: JobName.RunReminders; data: { kind: string } } | { name: JobName.SendDigests; data: Record<string, never> };
}

/**
 * One scheduler per reminder kind. With Redis: BullMQ job schedulers (upserted by every worker; BullMQ keeps
 * one per id, so several replicas fire each run once). Embedded: a timer that enqueues each run when due.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReminderScheduler');
  private timer?: NodeJS.Timeout;
  private lastCheck = new Date();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: ReminderRegistry,
    private readonly queue: JobQueue,
    private readonly moduleRef: ModuleRef,
  ) {}

  schedules(): Schedule[] {
    return [
      ...this.registry.all().map((p) => ({ id: `reminders-${p.kind}`, pattern: p.schedule, job: { name: JobName.RunReminders as const, data: { kind: p.kind } } })),
      { id: 'reminders-digest', pattern: DIGEST_SCHEDULE, job: { name: JobName.SendDigests as const, data: {} } },
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    // Tests drive the clock themselves through start() and tick().
    if (this.config.role === 'api' || this.config.env === 'test') return;
    await this.start();
  }

  async start(): Promise<void> {
    if (this.queue.driver === 'bullmq') {
      await this.upsertBullSchedulers();
      this.logger.log(`${this.schedules().length} reminder schedulers registered in BullMQ`);
      // Upserting is idempotent; repeating it hourly restores the schedulers if Redis lost its data.
      this.timer = setInterval(() => void this.upsertBullSchedulers().catch((e) => this.logger.warn((e as Error).message)), 3600_000);
      this.timer.unref();
      return;
    }
    this.timer = setInterval(() => void this.tick(new Date()), 30_000);
    this.timer.unref();
  }

  private async upsertBullSchedulers(): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
    for (const s of this.schedules()) {
      await queue.upsertJobScheduler(s.id, { pattern: s.pattern, tz: this.config.reminders.timezone }, { name: s.job.name, data: s.job.data });
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Embedded mode: enqueue every schedule whose next run fell between the last check and now. */
  async tick(now: Date): Promise<void> {
    const since = this.lastCheck;
    this.lastCheck = now;
    for (const s of this.schedules()) {
      const next = parser.parseExpression(s.pattern, { currentDate: since, tz: this.config.reminders.timezone }).next().toDate();
      if (next <= now) await this.queue.enqueue(s.job.name, s.job.data as never, { jobId: `${s.id}-${next.toISOString()}` });
    }
  }
}
