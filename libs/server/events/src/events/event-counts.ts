import type { EntityManager } from 'typeorm';
import type { EventCounts } from '@miteinander/contracts';

export const NO_COUNTS: EventCounts = { listed: 0, invited: 0, accepted: 0, declined: 0, waitlisted: 0, noAnswer: 0, seatsTaken: 0, checkedIn: 0 };

/**
 * The figures of one or many events in one set-based query (a list page costs one query, not one per event).
 * Removed invitations count nowhere; a seat is the invitee plus an accepted plus-one.
 */
export async function eventCounts(m: EntityManager, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const result = new Map<string, EventCounts>();
  if (!eventIds.length) return result;
  const rows: (EventCounts & { eventId: string })[] = await m.query(
    `SELECT event_id AS "eventId",
            count(*) FILTER (WHERE status <> 'removed')::int AS listed,
            count(*) FILTER (WHERE status <> 'removed' AND invited_at IS NOT NULL)::int AS invited,
            count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
            count(*) FILTER (WHERE status = 'declined')::int AS declined,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE status = 'invited')::int AS "noAnswer",
            COALESCE(sum(CASE WHEN status = 'accepted' THEN 1 + plus_one::int ELSE 0 END), 0)::int AS "seatsTaken",
            count(*) FILTER (WHERE status <> 'removed' AND checked_in_at IS NOT NULL)::int AS "checkedIn"
       FROM event_invitations
      WHERE event_id = ANY($1::uuid[])
      GROUP BY event_id`,
    [eventIds],
  );
  for (const { eventId, ...counts } of rows) result.set(eventId, counts);
  return result;
}

export async function countsOf(m: EntityManager, eventId: string): Promise<EventCounts> {
  return (await eventCounts(m, [eventId])).get(eventId) ?? { ...NO_COUNTS };
}
