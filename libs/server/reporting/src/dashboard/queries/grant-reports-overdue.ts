import { TOP, totalOf, type QueueQuery } from './queue-context';
import { GRANT_TITLE_SQL } from './grant-title';

/**
 * Paid projects whose final report is past due: none handed in yet (paid) or sent back for corrections
 * (report_corrections), the longest overdue first.
 */
export const grantReportsOverdue: QueueQuery = async ({ m, today, texts }) => {
  const rows: { id: string; title: string; due: string; days: number; total: number }[] = await m.query(
    `SELECT a.id, ${GRANT_TITLE_SQL} AS title, a.report_due::text AS due, $1::date - a.report_due AS days, count(*) OVER ()::int AS total
       FROM grant_applications a
      WHERE a.status IN ('paid', 'report_corrections') AND a.report_due < $1::date
      ORDER BY a.report_due, a.id
      LIMIT ${TOP}`,
    [today],
  );
  return {
    kind: 'grantReportsOverdue',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: texts.reportOverdue(r.days),
      since: r.due,
      link: `/grants/applications/${r.id}`,
    })),
    link: '/grants',
  };
};
