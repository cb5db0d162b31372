import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the worker writes every few seconds, and what its container health check reads. */
export interface Heartbeat {
  /** Epoch milliseconds of the write: a stale file means the event loop or the heartbeat is stuck. */
  at: number;
  database: boolean;
  queue: boolean;
}

/** In the container's /tmp (an emptyDir under a read-only root filesystem in Kubernetes). */
export const HEARTBEAT_FILE = join(tmpdir(), 'miteinander-worker-heartbeat.json');

export const HEARTBEAT_INTERVAL_MS = 10_000;

/** Three missed beats. */
export const HEARTBEAT_MAX_AGE_MS = 3 * HEARTBEAT_INTERVAL_MS;

/**
 * `live`: the process still beats (what a liveness probe restarts on; an outage of PostgreSQL or Redis
 * is not cured by a restart). `ready`: it beats and reaches both (Docker's health status, alerting).
 */
export function heartbeatVerdict(content: string | null, now: number, mode: 'live' | 'ready'): { ok: boolean; reason: string } {
  if (content === null) return { ok: false, reason: 'no heartbeat yet' };
  let beat: Heartbeat;
  try {
    beat = JSON.parse(content) as Heartbeat;
  } catch {
    return { ok: false, reason: 'unreadable heartbeat' };
  }
  const age = now - beat.at;
  if (!(age <= HEARTBEAT_MAX_AGE_MS)) return { ok: false, reason: `last heartbeat ${Math.round(age / 1000)} s ago` };
  if (mode === 'ready' && !beat.database) return { ok: false, reason: 'database unreachable' };
  if (mode === 'ready' && !beat.queue) return { ok: false, reason: 'Redis unreachable' };
  return { ok: true, reason: 'ok' };
}
