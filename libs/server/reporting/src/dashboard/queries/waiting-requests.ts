import { WAITING_STATES, type SponsorshipKind } from '@miteinander/contracts';
import { TOP, totalOf, type QueueQuery } from './queue-context';

/**
 * Requests still waiting for a volunteer (inquiry, intake, ready to match), the longest waiting first: the
 * sponsorships list's default "waiting" view, which sorts the same way.
 */
export const waitingRequests: QueueQuery = async ({ m, today, timeZone, texts }) => {
  const rows: { id: string; name: string; kind: SponsorshipKind; requested_at: Date; days: number; total: number }[] = await m.query(
    `SELECT s.id, b.name, s.kind, s.requested_at, $1::date - (s.requested_at AT TIME ZONE $3)::date AS days, count(*) OVER ()::int AS total
       FROM sponsorships s
       JOIN beneficiaries b ON b.id = s.beneficiary_id
      WHERE s.state = ANY($2::text[])
      ORDER BY s.requested_at, s.id
      LIMIT ${TOP}`,
    [today, WAITING_STATES, timeZone],
  );
  return {
    kind: 'waitingRequests',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: texts.sponsorshipTitle(r.name, r.kind),
      detail: texts.waiting(Math.max(0, r.days)),
      since: new Date(r.requested_at).toISOString(),
      link: `/sponsorships/${r.id}`,
    })),
    link: '/sponsorships',
  };
};
