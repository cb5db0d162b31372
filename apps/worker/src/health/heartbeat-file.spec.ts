import { HEARTBEAT_MAX_AGE_MS, heartbeatVerdict } from './heartbeat-file';

describe('the worker container health check', () => {
  const now = 1_800_000_000_000;
  const beat = (ageMs: number, database = true, queue = true) => JSON.stringify({ at: now - ageMs, database, queue });

  it('is healthy while the worker beats and reaches PostgreSQL and Redis', () => {
    expect(heartbeatVerdict(beat(1_000), now, 'ready')).toEqual({ ok: true, reason: 'ok' });
    expect(heartbeatVerdict(beat(HEARTBEAT_MAX_AGE_MS), now, 'live').ok).toBe(true);
  });

  it('fails when the worker has stopped beating, never started, or left garbage', () => {
    expect(heartbeatVerdict(beat(HEARTBEAT_MAX_AGE_MS + 1_000), now, 'live')).toEqual({ ok: false, reason: 'last heartbeat 31 s ago' });
    expect(heartbeatVerdict(null, now, 'live')).toEqual({ ok: false, reason: 'no heartbeat yet' });
    expect(heartbeatVerdict('{"at":', now, 'ready')).toEqual({ ok: false, reason: 'unreadable heartbeat' });
    expect(heartbeatVerdict('{}', now, 'live').ok).toBe(false);
  });

  it('reports an unreachable database or Redis as unhealthy, but keeps the process alive for the liveness probe', () => {
    expect(heartbeatVerdict(beat(1_000, false, true), now, 'ready')).toEqual({ ok: false, reason: 'database unreachable' });
    expect(heartbeatVerdict(beat(1_000, true, false), now, 'ready')).toEqual({ ok: false, reason: 'Redis unreachable' });
    expect(heartbeatVerdict(beat(1_000, false, false), now, 'live').ok).toBe(true);
  });
});
