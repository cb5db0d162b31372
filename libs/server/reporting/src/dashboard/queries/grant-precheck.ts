import { TOP, totalOf, type QueueQuery } from './queue-context';
import { GRANT_TITLE_SQL } from './grant-title';

/** Micro-project applications submitted and waiting for the pre-check, the oldest submission first. */
export const grantPrecheck: QueueQuery = async ({ m, today, timeZone, texts }) => {
  const rows: { id: string; title: string; submitted_at: Date; days: number; total: number }[] = await m.query(
    `SELECT a.id, ${GRANT_TITLE_SQL} AS title, a.submitted_at, $1::date - (a.submitted_at AT TIME ZONE $2)::date AS days,
            count(*) OVER ()::int AS total
       FROM grant_applications a
      WHERE a.status = 'submitted'
      ORDER BY a.submitted_at NULLS LAST, a.id
      LIMIT ${TOP}`,
    [today, timeZone],
  );
  return {
    kind: 'grantPrecheck',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: r.submitted_at ? texts.submitted(Math.max(0, r.days)) : null,
      since: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      link: `/grants/applications/${r.id}`,
    })),
    link: '/grants',
  };
};
