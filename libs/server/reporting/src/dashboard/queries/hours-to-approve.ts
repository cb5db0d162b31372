import { TOP, type QueueQuery } from './queue-context';

/**
 * Submitted hour entries (the approval queue, GET /hours?status=submitted). The count is of entries; the items are
 * the volunteers behind them, whoever has waited longest (oldest submitted entry) first; each opens the approval
 * queue narrowed to that volunteer.
 */
export const hoursToApprove: QueueQuery = async ({ m, texts }) => {
  const rows: { id: string; name: string; entries: number; minutes: number; oldest: Date; total: number }[] = await m.query(
    `SELECT v.id, v.first_name || ' ' || v.last_name AS name, count(*)::int AS entries, sum(h.minutes)::int AS minutes,
            min(h.created_at) AS oldest, (sum(count(*)) OVER ())::int AS total
       FROM hour_entries h
       JOIN volunteers v ON v.id = h.volunteer_id
      WHERE h.status = 'submitted'
      GROUP BY v.id
      ORDER BY min(h.created_at), v.id
      LIMIT ${TOP}`,
  );
  return {
    kind: 'hoursToApprove',
    count: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: texts.hoursToApprove(r.entries, r.minutes),
      since: new Date(r.oldest).toISOString(),
      link: `/hours/approvals?volunteerId=${r.id}`,
    })),
    link: '/hours/approvals',
  };
};
