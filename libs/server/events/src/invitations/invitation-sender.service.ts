import '../events/messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type SendInvitationsResult } from '@miteinander/contracts';
import { AppError, MailService } from '@miteinander/server-platform';
import { auditEvents } from '../events/event-audit';
import { loadEvent, type EventRecord } from '../events/event-record';
import { assertEventChangeable } from '../events/events.service';
import { EventsConfig } from '../events-config';
import { eventConflict } from '../problems';
import { queueAdmissionMail, type Invitee } from './invitation-mail';
import { revokeTokens } from './tokens';

/** Who has had an invitation and may get it again: answered or not, on the waiting list or not. */
const RESENDABLE = ['invited', 'accepted', 'declined', 'waitlisted'];

/**
 * Sends the invitations: every listed person gets a mail with their own RSVP link, admission code (QR image) and
 * calendar file, in one transaction with the status change (the event row is locked, so a double click sends once).
 */
@Injectable()
export class InvitationSenderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
    private readonly mail: MailService,
  ) {}

  async sendAll(eventId: string, actorId: string): Promise<SendInvitationsResult> {
    const sent = await this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId, true);
      assertEventChangeable(event, this.config.now());
      const listed: Invitee[] = await m.query(
        `SELECT id, name, email, locale FROM event_invitations WHERE event_id = $1 AND status = 'listed' ORDER BY lower(name), id FOR UPDATE`,
        [eventId],
      );
      if (!listed.length) throw eventConflict('nobodyToInvite');
      const ids = listed.map((i) => i.id);
      await m.query(`UPDATE event_invitations SET status = 'invited', invited_at = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids, this.config.now()]);
      const mailsBefore = await this.mailCounts(m, ids);
      for (const invitee of listed) await this.queue(m, event, invitee, mailsBefore.get(invitee.id) ?? 0);
      if (event.status === 'draft') await m.query(`UPDATE recognition_events SET status = 'invited', updated_at = now() WHERE id = $1`, [eventId]);
      await auditEvents(m, 'event_invitation', 'update', ids.map((id) => ({ id, before: { status: 'listed' }, after: { status: 'invited' } })));
      await auditEvents(m, 'recognition_event', 'update', [
        { id: eventId, before: { status: event.status }, after: { status: event.status === 'draft' ? 'invited' : event.status, invitationsSentBy: actorId, invitationsSent: ids.length } },
      ]);
      return ids.length;
    });
    this.mail.afterCommit();
    return { sent };
  }

  /** The invitation again with a new link; the older links stop working (the admission codes stay valid). */
  async resend(eventId: string, invitationId: string): Promise<SendInvitationsResult> {
    await this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId, true);
      assertEventChangeable(event, this.config.now());
      const rows: (Invitee & { status: string })[] = await m.query(
        `SELECT id, name, email, locale, status FROM event_invitations WHERE id = $1 AND event_id = $2 FOR UPDATE`,
        [invitationId, eventId],
      );
      const invitation = rows[0];
      if (!invitation) throw new AppError(404, ErrorCode.NotFound);
      if (invitation.status === 'listed') throw eventConflict('notInvitedYet');
      if (!RESENDABLE.includes(invitation.status)) throw eventConflict('notOnList');
      const before = (await this.mailCounts(m, [invitationId])).get(invitationId) ?? 0;
      await revokeTokens(m, invitationId, 'rsvp');
      await this.queue(m, event, invitation, before);
      await auditEvents(m, 'event_invitation', 'update', [{ id: invitationId, before: { mailsSent: before }, after: { mailsSent: before + 1 } }]);
    });
    this.mail.afterCommit();
    return { sent: 1 };
  }

  /** Numbered per invitation (each mail issues one RSVP link), so a replay of the same step writes no second mail. */
  private async queue(m: EntityManager, event: EventRecord, invitee: Invitee, n: number): Promise<void> {
    await queueAdmissionMail(m, { mail: this.mail, config: this.config }, event, invitee, 'event-invitation', `event-invitation:${invitee.id}:${n}`);
  }

  /** How many mails with an RSVP link each invitation has had so far. */
  private async mailCounts(m: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await m.query(
      `SELECT invitation_id AS id, count(*)::int AS n FROM event_invitation_tokens WHERE invitation_id = ANY($1::uuid[]) AND purpose = 'rsvp' GROUP BY invitation_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
