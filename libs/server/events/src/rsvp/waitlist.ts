import type { EntityManager } from 'typeorm';
import { promotable, seatsFor } from '@miteinander/domain-events';
import { AuditEntry, auditDiff, requestContext, type MailService } from '@miteinander/server-platform';
import type { EventRecord } from '../events/event-record';
import type { EventsConfig } from '../events-config';
import { queueAdmissionMail } from '../invitations/invitation-mail';

/** Seats held right now: every accepted invitee and their plus-one. */
export async function seatsTaken(m: EntityManager, eventId: string): Promise<number> {
  const [row]: { taken: number }[] = await m.query(
    `SELECT COALESCE(SUM(CASE WHEN plus_one THEN 2 ELSE 1 END), 0)::int AS taken FROM event_invitations WHERE event_id = $1 AND status = 'accepted'`,
    [eventId],
  );
  return row?.taken ?? 0;
}

/** Seats still free (never below 0: a lowered capacity does not throw anyone out). */
export async function freeSeats(m: EntityManager, event: EventRecord): Promise<number> {
  return Math.max(0, event.capacity - (await seatsTaken(m, event.id)));
}

/** Someone is waiting: a new acceptance then queues behind them instead of taking a seat they are waiting for. */
export async function anyoneWaiting(m: EntityManager, eventId: string): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM event_invitations WHERE event_id = $1 AND status = 'waitlisted' LIMIT 1`, [eventId]);
  return rows.length > 0;
}

/** 1-based place on the waiting list (null when not waitlisted). */
export async function waitlistPosition(m: EntityManager, invitationId: string): Promise<number | null> {
  const [row]: { position: number | null }[] = await m.query(
    `SELECT CASE WHEN me.status = 'waitlisted' THEN
              (SELECT count(*)::int FROM event_invitations o WHERE o.event_id = me.event_id AND o.status = 'waitlisted' AND o.waitlist_seq <= me.waitlist_seq)
            END AS position
       FROM event_invitations me WHERE me.id = $1`,
    [invitationId],
  );
  return row?.position ?? null;
}

interface Waiting {
  id: string;
  name: string;
  email: string;
  locale: string;
  plus_one: boolean;
  answered_at: Date | null;
}

/**
 * Fills free seats from the waiting list in the order people answered (strict: when the first in line needs two
 * seats and one is free, nobody behind them jumps ahead). Each promoted person is accepted and gets the "a seat is
 * free" mail with a new link, admission code and calendar file, in the caller's transaction. The caller holds the
 * event's row lock. Nothing moves once the event has started or was cancelled. Returns how many moved up.
 */
export async function promoteFromWaitlist(m: EntityManager, deps: { mail: MailService; config: EventsConfig }, event: EventRecord): Promise<number> {
  if (event.status === 'cancelled' || event.startsAt.getTime() <= deps.config.now().getTime()) return 0;
  const free = await freeSeats(m, event);
  if (free <= 0) return 0;
  const waiting: Waiting[] = await m.query(
    `SELECT id, name, email, locale, plus_one, answered_at FROM event_invitations
      WHERE event_id = $1 AND status = 'waitlisted' ORDER BY waitlist_seq, id`,
    [event.id],
  );
  const ids = promotable(free, waiting.map((w) => ({ id: w.id, seats: seatsFor(w.plus_one) })));
  for (const id of ids) {
    const w = waiting.find((x) => x.id === id)!;
    await m.query(`UPDATE event_invitations SET status = 'accepted', waitlist_seq = NULL, updated_at = now() WHERE id = $1`, [id]);
    await m.insert(AuditEntry, {
      actorId: requestContext.actorId(),
      action: 'update',
      entity: 'event_invitation',
      entityId: id,
      diff: auditDiff({ status: 'waitlisted' }, { status: 'accepted' }) as never,
    });
    // Keyed by the answer that put them on the list: promoted again after a new answer, they get a new mail.
    const answered = w.answered_at ? new Date(w.answered_at).toISOString() : 'never';
    await queueAdmissionMail(m, deps, event, { id, name: w.name, email: w.email, locale: w.locale }, 'event-waitlist-promoted', `event-promoted:${id}:${answered}`);
  }
  return ids.length;
}
