import type { JobName, JobPayloads } from '@miteinander/contracts';

export interface EnqueueItem<N extends JobName> {
  payload: JobPayloads[N];
  jobId?: string;
  delayMs?: number;
}

export interface EnqueueOptions {
  /** De-duplicates while a job with this id is waiting, delayed or running (not once it has finished). */
  jobId?: string;
  /** Start no earlier than this many milliseconds from now. */
  delayMs?: number;
}

/** One interface, two drivers: BullMQ on Redis (services) and inline in-process (embedded). */
export abstract class JobQueue {
  abstract readonly driver: 'inline' | 'bullmq';
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<void>;
  /** Many jobs of one name in one round trip (BullMQ addBulk). */
  abstract enqueueMany<N extends JobName>(name: N, items: EnqueueItem<N>[]): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
}

/** How often a failing job is tried, and how long to wait between tries (doubling each time). */
export const JOB_ATTEMPTS = 6;
export const JOB_BACKOFF_MS = 2_000;

/** Thrown by a handler when trying again cannot help (e.g. a 5xx from the mail server). */
export class PermanentJobError extends Error {}
