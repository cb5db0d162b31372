import { CHECK_IN_STATES, type SponsorshipKind } from '@miteinander/contracts';
import { TOP, totalOf, type QueueQuery } from './queue-context';

/**
 * Check-ins past their due date, as GET /sponsorships/check-ins/overdue defines them (running sponsorships, due
 * before today), the longest overdue first. The list opens the running sponsorships filtered to the overdue ones.
 */
export const overdueCheckIns: QueueQuery = async ({ m, today, texts }) => {
  const rows: { id: string; name: string; kind: SponsorshipKind; due: string; days: number; total: number }[] = await m.query(
    `SELECT s.id, b.name, s.kind, s.next_check_in_due::text AS due, $1::date - s.next_check_in_due AS days, count(*) OVER ()::int AS total
       FROM sponsorships s
       JOIN beneficiaries b ON b.id = s.beneficiary_id
      WHERE s.next_check_in_due < $1::date AND s.state = ANY($2::text[])
      ORDER BY s.next_check_in_due, s.id
      LIMIT ${TOP}`,
    [today, CHECK_IN_STATES],
  );
  return {
    kind: 'overdueCheckIns',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: texts.sponsorshipTitle(r.name, r.kind),
      detail: texts.overdue(r.days),
      since: r.due,
      link: `/sponsorships/${r.id}`,
    })),
    link: '/sponsorships?view=running&overdue=true',
  };
};
