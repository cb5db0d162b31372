// After the load: every mail handed on and sent. BullMQ's waiting/active/delayed jobs of the run's queues (a job
// scheduler's next run is a delayed job by design and does not count) and the outbox rows due but not yet sent
// (pending, queued or sending).
import { Queue } from 'bullmq';

const QUEUES = ['mail', 'reminders', 'reports'];

export function openQueues(connection, prefix) {
  return Object.fromEntries(QUEUES.map((name) => [name, new Queue(name, { connection, prefix })]));
}

export const closeQueues = (queues) => Promise.all(Object.values(queues).map((q) => q.close()));

export async function backlog(queues, pool) {
  const counts = {};
  for (const [name, queue] of Object.entries(queues)) {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    const delayed = c.delayed ? (await queue.getJobs(['delayed'])).filter((job) => !job.repeatJobKey).length : 0;
    counts[name] = { waiting: c.waiting + c.prioritized + c['waiting-children'], active: c.active, delayed };
  }
  // Quiet hours defer reminder mails (not_before): those are scheduled, not stuck.
  const { rows } = await pool.query(
    `SELECT count(*) FILTER (WHERE status IN ('queued', 'sending') OR (status = 'pending' AND (not_before IS NULL OR not_before <= now())))::int AS pending,
            count(*) FILTER (WHERE status = 'pending' AND not_before > now())::int AS deferred,
            count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status = 'suppressed')::int AS suppressed,
            count(*)::int AS total
       FROM outbox`,
  );
  const jobs = Object.values(counts).reduce((n, c) => n + c.waiting + c.active + c.delayed, 0);
  return { queues: counts, outbox: rows[0], drained: jobs === 0 && rows[0].pending === 0 };
}

/** Polls until drained or the timeout; returns the last backlog and how long it took. */
export async function waitDrained(queues, pool, timeoutMs) {
  const t0 = Date.now();
  for (;;) {
    const b = await backlog(queues, pool);
    if (b.drained || Date.now() - t0 > timeoutMs) return { ...b, seconds: (Date.now() - t0) / 1000 };
    await new Promise((r) => setTimeout(r, 500));
  }
}
