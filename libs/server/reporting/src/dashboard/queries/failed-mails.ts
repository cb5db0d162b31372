import { TOP, totalOf, type QueueQuery } from './queue-context';

/** How far back failed mails count: older failures have been dealt with or no longer matter. */
export const FAILED_MAIL_DAYS = 30;

/** Mails that could not be delivered (status failed) written in the last 30 days, the newest first. */
export const failedMails: QueueQuery = async ({ m, now }) => {
  const since = new Date(now.getTime() - FAILED_MAIL_DAYS * 24 * 3600 * 1000);
  const rows: { id: string; subject: string; recipient: string; created_at: Date; total: number }[] = await m.query(
    `SELECT o.id, o.subject, o.recipient, o.created_at, count(*) OVER ()::int AS total
       FROM outbox o
      WHERE o.status = 'failed' AND o.created_at >= $1
      ORDER BY o.created_at DESC, o.id
      LIMIT ${TOP}`,
    [since],
  );
  return {
    kind: 'failedMails',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: r.subject,
      detail: r.recipient,
      since: new Date(r.created_at).toISOString(),
      link: `/admin/mail/${r.id}`,
    })),
    link: '/admin/mail?status=failed',
  };
};
