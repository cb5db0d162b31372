import { TOP, totalOf, type QueueQuery } from './queue-context';

/**
 * Honorary card applications ready for the coordinator's decision (every organisation confirmed, or none needed),
 * the oldest first. Still awaiting confirmation is the organisations' turn; waiting for the quota is already approved.
 */
export const cardApplications: QueueQuery = async ({ m, today, timeZone, texts }) => {
  const rows: { id: string; name: string; received_at: Date; days: number; total: number }[] = await m.query(
    `SELECT a.id, v.first_name || ' ' || v.last_name AS name, a.received_at, $1::date - (a.received_at AT TIME ZONE $2)::date AS days,
            count(*) OVER ()::int AS total
       FROM card_applications a
       JOIN volunteers v ON v.id = a.volunteer_id
      WHERE a.status = 'ready_for_decision'
      ORDER BY a.received_at, a.id
      LIMIT ${TOP}`,
    [today, timeZone],
  );
  return {
    kind: 'cardApplications',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: texts.received(Math.max(0, r.days)),
      since: new Date(r.received_at).toISOString(),
      link: `/cards/applications/${r.id}`,
    })),
    link: '/cards/applications',
  };
};
