import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CheckInCounts, CheckInRequest, CheckInResult, DoorListEntry, InvitationStatus } from '@miteinander/contracts';
import { checkInInstant } from '@miteinander/domain-events';
import { AuditEntry, auditDiff } from '@miteinander/server-platform';
import { loadEvent, type EventRecord } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { lookupToken } from '../invitations/tokens';
import { eventConflict, eventProblemMessage } from '../problems';
import { waitlistPosition } from '../rsvp/waitlist';
import '../rsvp/messages';

interface CheckedIn {
  id: string;
  name: string;
  status: InvitationStatus;
  plus_one: boolean;
  checked_in_at: Date;
  first: boolean;
}

/** A door message without the field label: the phone shows it as one line. */
const doorText = (rule: string, params?: Record<string, string | number>): string =>
  eventProblemMessage({ field: 'code', rule, params }).replace(/^[^:]*: /, '');

const refused = (req: CheckInRequest, rule: string): CheckInResult => ({
  ok: false,
  clientRef: req.clientRef ?? null,
  invitationId: null,
  name: null,
  status: null,
  plusOne: false,
  checkedInAt: null,
  alreadyCheckedIn: false,
  message: doorText(rule),
});

/**
 * Check-in at the door, by the scanned admission code or a name picked from the door list. Checking in is
 * idempotent: the first time counts, and a second scan (or a re-sent offline queue entry) gets that first time
 * back. An unknown code is an answer for the phone (ok = false with a message), not an error.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
  ) {}

  async doorList(eventId: string): Promise<DoorListEntry[]> {
    const m = this.dataSource.manager;
    await loadEvent(m, eventId);
    const rows: { id: string; name: string; status: InvitationStatus; plus_one: boolean; plus_one_name: string | null; checked_in_at: Date | null }[] = await m.query(
      `SELECT id, name, status, plus_one, plus_one_name, checked_in_at FROM event_invitations
        WHERE event_id = $1 AND status <> 'removed' ORDER BY lower(name), id`,
      [eventId],
    );
    return rows.map((r) => ({
      invitationId: r.id,
      name: r.name,
      status: r.status,
      plusOne: r.plus_one,
      plusOneName: r.plus_one_name,
      checkedInAt: r.checked_in_at ? new Date(r.checked_in_at).toISOString() : null,
    }));
  }

  async checkIn(eventId: string, req: CheckInRequest, actorId: string): Promise<CheckInResult> {
    return this.dataSource.transaction(async (m) => this.checkInWith(m, await this.openEvent(m, eventId), req, actorId));
  }

  /** Items queued offline, each on its own (one unknown code does not stop the others), answered in the same order. */
  async batch(eventId: string, items: CheckInRequest[], actorId: string): Promise<CheckInResult[]> {
    await this.openEvent(this.dataSource.manager, eventId);
    const results: CheckInResult[] = [];
    // One after the other: the results keep the queue's order, and the embedded database has one connection.
    for (const item of items) {
      results.push(await this.dataSource.transaction(async (m) => this.checkInWith(m, await loadEvent(m, eventId), item, actorId)));
    }
    return results;
  }

  async counts(eventId: string): Promise<CheckInCounts> {
    const m = this.dataSource.manager;
    await loadEvent(m, eventId);
    const [row]: CheckInCounts[] = await m.query(
      `SELECT count(*) FILTER (WHERE status = 'accepted')::int AS expected,
              count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS "checkedIn",
              COALESCE(SUM(CASE WHEN plus_one THEN 2 ELSE 1 END) FILTER (WHERE status = 'accepted'), 0)::int AS "expectedPeople",
              COALESCE(SUM(CASE WHEN plus_one THEN 2 ELSE 1 END) FILTER (WHERE checked_in_at IS NOT NULL), 0)::int AS "checkedInPeople"
         FROM event_invitations WHERE event_id = $1 AND status <> 'removed'`,
      [eventId],
    );
    return row!;
  }

  /** The event, or 409 when it was cancelled (nobody is let in to an event that does not take place). */
  private async openEvent(m: EntityManager, eventId: string): Promise<EventRecord> {
    const event = await loadEvent(m, eventId);
    if (event.status === 'cancelled') throw eventConflict('checkInCancelled');
    return event;
  }

  private async checkInWith(m: EntityManager, event: EventRecord, req: CheckInRequest, actorId: string): Promise<CheckInResult> {
    if (event.status === 'cancelled') throw eventConflict('checkInCancelled');
    const found = await this.resolve(m, event.id, req);
    if ('rule' in found) return refused(req, found.rule);
    const at = checkInInstant(req.scannedAt, this.config.now(), event.startsAt);
    // The old value is read under the row lock, so of two parallel scans exactly one is the first.
    const [[row]]: [CheckedIn[], number] = await m.query(
      `WITH old AS (SELECT id, checked_in_at FROM event_invitations WHERE id = $1 FOR UPDATE)
       UPDATE event_invitations i
          SET checked_in_at = COALESCE(i.checked_in_at, $2),
              checked_in_by = CASE WHEN i.checked_in_at IS NULL THEN $3::uuid ELSE i.checked_in_by END,
              updated_at = CASE WHEN i.checked_in_at IS NULL THEN now() ELSE i.updated_at END
         FROM old WHERE i.id = old.id
       RETURNING i.id, i.name, i.status, i.plus_one, i.checked_in_at, old.checked_in_at IS NULL AS first`,
      [found.invitationId, at, actorId],
    );
    if (!row) return refused(req, 'notInvited');
    if (row.first) {
      await m.insert(AuditEntry, {
        actorId,
        action: 'update',
        entity: 'event_invitation',
        entityId: row.id,
        diff: auditDiff({ checkedInAt: null }, { checkedInAt: new Date(row.checked_in_at).toISOString() }) as never,
      });
    }
    return {
      ok: true,
      clientRef: req.clientRef ?? null,
      invitationId: row.id,
      name: row.name,
      status: row.status,
      plusOne: row.plus_one,
      checkedInAt: new Date(row.checked_in_at).toISOString(),
      alreadyCheckedIn: !row.first,
      message: await this.warning(m, row),
    };
  }

  /** Whom the code or the picked name means, or why nobody. */
  private async resolve(m: EntityManager, eventId: string, req: CheckInRequest): Promise<{ invitationId: string } | { rule: string }> {
    if (req.code?.trim()) {
      const found = await lookupToken(m, 'admission', req.code);
      if (found.state === 'unknown') return { rule: 'codeUnknown' };
      if (found.state === 'revoked') return { rule: 'codeReplaced' };
      const [own]: unknown[] = await m.query(`SELECT 1 FROM event_invitations WHERE id = $1 AND event_id = $2`, [found.invitationId, eventId]);
      return own ? { invitationId: found.invitationId } : { rule: 'codeOtherEvent' };
    }
    if (req.invitationId) {
      const [own]: unknown[] = await m.query(`SELECT 1 FROM event_invitations WHERE id = $1 AND event_id = $2 AND status <> 'removed'`, [req.invitationId, eventId]);
      return own ? { invitationId: req.invitationId } : { rule: 'notInvited' };
    }
    return { rule: 'codeOrPerson' };
  }

  /** Let in, but the door should know: not registered, or still on the waiting list. */
  private async warning(m: EntityManager, row: CheckedIn): Promise<string | null> {
    if (row.status === 'accepted') return null;
    if (row.status === 'waitlisted') return doorText('onWaitlist', { position: (await waitlistPosition(m, row.id)) ?? '' });
    if (row.status === 'declined') return doorText('declinedBefore');
    return doorText('notRegistered');
  }
}
