import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { JobName, JobPayloads } from '@miteinander/contracts';
import { JobRegistry } from './job-registry';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, JobQueue, PermanentJobError, type EnqueueItem, type EnqueueOptions } from './job-queue';

/** Longest wait at shutdown for running jobs (a send is bounded by SMTP_TIMEOUT_MS anyway). */
export const INLINE_SHUTDOWN_WAIT_MS = 8_000;

/**
 * Runs jobs in this process, after the caller's current work, with the same handlers and retry policy
 * as the BullMQ driver. A job in flight is lost on a crash; the outbox sweeper re-sends what never finished.
 * On shutdown no job starts any more (waiting retries are dropped, the sweeper takes them up after a restart)
 * and the running ones are awaited, up to {@link INLINE_SHUTDOWN_WAIT_MS}, before the database closes.
 */
@Injectable()
export class InlineJobQueue extends JobQueue implements BeforeApplicationShutdown, OnApplicationShutdown {
  readonly driver = 'inline' as const;
  private readonly logger = new Logger('InlineJobQueue');
  private readonly inFlight = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly registry: JobRegistry) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    if (options.jobId && this.inFlight.has(options.jobId)) return;
    if (options.jobId) this.inFlight.add(options.jobId);
    this.schedule(() => this.attempt(name, payload, options.jobId, 1), options.delayMs ?? 0);
  }

  /** Same as enqueue for each item; the BullMQ driver does it in one round trip. */
  async enqueueMany<N extends JobName>(name: N, items: EnqueueItem<N>[]): Promise<void> {
    for (const item of items) await this.enqueue(name, item.payload, { jobId: item.jobId, delayMs: item.delayMs });
  }

  async isHealthy(): Promise<boolean> {
    return !this.stopped;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop();
    if (!this.running.size) return;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, INLINE_SHUTDOWN_WAIT_MS)));
    await Promise.race([Promise.allSettled([...this.running]), giveUp]);
    clearTimeout(timer);
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  private stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(fn: () => Promise<void>, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      const run = fn().finally(() => this.running.delete(run));
      this.running.add(run);
    }, delayMs);
    this.timers.add(timer);
  }

  private async attempt<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string | undefined, attempt: number): Promise<void> {
    try {
      await this.registry.run(name, payload);
      if (jobId) this.inFlight.delete(jobId);
    } catch (error) {
      const permanent = error instanceof PermanentJobError || attempt >= JOB_ATTEMPTS;
      this.logger.warn(`Job ${name} attempt ${attempt} failed${permanent ? ' permanently' : ''}: ${(error as Error).message}`);
      if (permanent) {
        if (jobId) this.inFlight.delete(jobId);
        return;
      }
      this.schedule(() => this.attempt(name, payload, jobId, attempt + 1), JOB_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }
}
