import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { JobName, JobPayloads } from '@miteinander/contracts';
import { JobRegistry } from './job-registry';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, JobQueue, PermanentJobError, type EnqueueOptions } from './job-queue';

/**
 * Runs jobs in this process, after the caller's current work, with the same handlers and retry policy
 * as the BullMQ driver. A job in flight is lost on a crash; the outbox sweeper re-sends what never finished.
 */
@Injectable()
export class InlineJobQueue extends JobQueue implements OnApplicationShutdown {
  readonly driver = 'inline' as const;
  private readonly logger = new Logger('InlineJobQueue');
  private readonly inFlight = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly registry: JobRegistry) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    if (options.jobId && this.inFlight.has(options.jobId)) return;
    if (options.jobId) this.inFlight.add(options.jobId);
    this.schedule(() => this.attempt(name, payload, options.jobId, 1), options.delayMs ?? 0);
  }

  async isHealthy(): Promise<boolean> {
    return !this.stopped;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
  }

  private schedule(fn: () => Promise<void>, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void fn();
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
