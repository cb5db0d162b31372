import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName } from '@miteinander/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { JobQueue } from '../queue/job-queue';

/**
 * Hands pending outbox rows to the queue (jobId = outbox id, so a row is queued once) and puts rows
 * that got stuck (process died after claiming them) back to pending. Runs in every process that runs jobs;
 * SKIP LOCKED lets several workers relay side by side without taking the same rows.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.timer = setInterval(() => void this.tick(), this.config.outbox.pollMs);
    void this.tick();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  nudge(): void {
    if (this.config.role === 'api' || this.stopped) return;
    setImmediate(() => void this.tick());
  }

  /** One relay pass; returns how many rows were handed to the queue. */
  async tick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return 0;
    }
    this.running = true;
    let total = 0;
    try {
      do {
        this.again = false;
        await this.requeueStuck();
        total += await this.relayPending();
      } while (this.again && !this.stopped);
    } catch (error) {
      if (!this.stopped) this.logger.warn(`Relay pass failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
    return total;
  }

  private async relayPending(): Promise<number> {
    let relayed = 0;
    for (;;) {
      const ids: string[] = await this.dataSource.transaction(async (m) => {
        const rows: { id: string }[] = await m.query(
          `SELECT id FROM outbox WHERE status = 'pending' AND (not_before IS NULL OR not_before <= now())
           ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
        );
        if (rows.length) await m.query(`UPDATE outbox SET status = 'queued', queued_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
        return rows.map((r) => r.id);
      });
      // Enqueue after commit: never hold a transaction open while talking to another connection.
      await this.queue.enqueueMany(JobName.SendMail, ids.map((id) => ({ payload: { outboxId: id }, jobId: `outbox-${id}` })));
      relayed += ids.length;
      if (ids.length < 500 || this.stopped) return relayed;
    }
  }

  private async requeueStuck(): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET status = 'pending'
        WHERE status IN ('queued', 'sending') AND coalesce(queued_at, created_at) < now() - make_interval(secs => $1::int)`,
      [this.config.outbox.stuckSeconds],
    );
  }
}
