import { addDays } from '@miteinander/domain-calendar';
import { zonedToInstant } from '@miteinander/domain-reminders';
import { TOP, totalOf, type QueueQuery } from './queue-context';

/** How far ahead the start page looks for events. */
export const EVENT_HORIZON_DAYS = 60;

const startOfDay = (date: string, timeZone: string): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedToInstant({ year, month, day }, 0, 0, timeZone);
};

/**
 * Events (draft or invited, not cancelled) starting from today (an event later today still shows) until 60 days
 * ahead, the soonest first, with the answers so far. Counts as in the event's own view: accepted, waiting list,
 * invited without an answer.
 */
export const upcomingEvents: QueueQuery = async ({ m, today, timeZone, texts }) => {
  const from = startOfDay(today, timeZone);
  const until = startOfDay(addDays(today, EVENT_HORIZON_DAYS + 1), timeZone);
  const rows: { id: string; title: string; starts_at: Date; accepted: number; waitlisted: number; no_answer: number; total: number }[] = await m.query(
    `SELECT e.id, e.title, e.starts_at,
            (SELECT count(*) FROM event_invitations i WHERE i.event_id = e.id AND i.status = 'accepted')::int AS accepted,
            (SELECT count(*) FROM event_invitations i WHERE i.event_id = e.id AND i.status = 'waitlisted')::int AS waitlisted,
            (SELECT count(*) FROM event_invitations i WHERE i.event_id = e.id AND i.status = 'invited')::int AS no_answer,
            count(*) OVER ()::int AS total
       FROM recognition_events e
      WHERE e.status <> 'cancelled' AND e.starts_at >= $1 AND e.starts_at < $2
      ORDER BY e.starts_at, e.id
      LIMIT ${TOP}`,
    [from, until],
  );
  return {
    kind: 'upcomingEvents',
    count: totalOf(rows),
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: texts.eventAnswers(r.accepted, r.waitlisted, r.no_answer),
      since: new Date(r.starts_at).toISOString(),
      link: `/events/${r.id}`,
    })),
    link: '/events',
  };
};
