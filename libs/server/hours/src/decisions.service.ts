import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MAIL_LOCALES, type DecideHoursRequest, type DecideHoursResult, type MailLocale } from '@miteinander/contracts';
import { formatHours } from '@miteinander/domain-hours';
import { AuditEntry, auditDiff, invalid, MailService, requestContext } from '@miteinander/server-platform';
import { docLang, formatDate } from './format';

/** Who decides: a coordinator (signed in), or an organisation contact through their link (one organisation only). */
export type Decider = { userId: string } | { contactId: string; organisationId: string };

interface DecidedRow {
  id: string;
  volunteer_id: string;
  activity_date: string;
  minutes: number;
  activity: string;
  decided_at: Date;
}

/**
 * Approvals and rejections, one or many at once. Concurrency-safe: only entries still "submitted" change
 * (UPDATE … WHERE status = 'submitted'), so a decision taken meanwhile, an edit or a withdrawal is skipped,
 * never overwritten. Each changed entry gets its audit row with the decider; rejections email the volunteer
 * through the outbox in the same transaction.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async decide(decider: Decider, dto: DecideHoursRequest): Promise<DecideHoursResult> {
    const reason = dto.decision === 'reject' ? dto.reason?.trim() : undefined;
    if (dto.decision === 'reject' && !reason) throw invalid({ field: 'reason', rule: 'isNotEmpty' });
    const status = dto.decision === 'approve' ? 'approved' : 'rejected';
    const userId = 'userId' in decider ? decider.userId : null;
    const contactId = 'contactId' in decider ? decider.contactId : null;
    const organisationId = 'organisationId' in decider ? decider.organisationId : null;
    const decided = await this.dataSource.transaction(async (m) => {
      // A contact's link reaches only their organisation's entries; nobody approves their own hours.
      // An UPDATE through the query runner answers [rows, affected count].
      const [changed]: [DecidedRow[], number] = await m.query(
        `UPDATE hour_entries h
            SET status = $2, rejection_reason = $3, decided_at = now(), decided_by_user = $4::uuid, decided_by_contact = $5::uuid, updated_at = now()
          WHERE h.id = ANY($1::uuid[]) AND h.status = 'submitted'
            AND ($6::uuid IS NULL OR h.organisation_id = $6::uuid)
            AND ($4::uuid IS NULL OR NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.id = h.volunteer_id AND v.user_id = $4::uuid))
        RETURNING h.id, h.volunteer_id, h.activity_date::text AS activity_date, h.minutes, h.activity, h.decided_at`,
        [dto.ids, status, reason ?? null, userId, contactId, organisationId],
      );
      await this.audit(m, changed, { status, reason: reason ?? null, userId, contactId });
      if (status === 'rejected') await this.tellVolunteers(m, changed, reason!);
      return changed.length;
    });
    if (status === 'rejected' && decided) this.mail.afterCommit();
    return {
      approved: status === 'approved' ? decided : 0,
      rejected: status === 'rejected' ? decided : 0,
      skipped: dto.ids.length - decided,
    };
  }

  /** The set-based UPDATE bypasses entity listeners, so the audit rows are written here, one per entry. */
  private async audit(m: EntityManager, rows: DecidedRow[], d: { status: string; reason: string | null; userId: string | null; contactId: string | null }): Promise<void> {
    if (!rows.length) return;
    const actorId = requestContext.actorId();
    await m.insert(
      AuditEntry,
      rows.map((r) => ({
        actorId,
        action: 'update' as const,
        entity: 'hour_entry',
        entityId: r.id,
        diff: auditDiff(
          { status: 'submitted', rejectionReason: null, decidedAt: null, decidedByUser: null, decidedByContact: null },
          { status: d.status, rejectionReason: d.reason, decidedAt: new Date(r.decided_at), decidedByUser: d.userId, decidedByContact: d.contactId },
        ) as never,
      })),
    );
  }

  /** One mail per volunteer, listing their rejected entries and the reason, in their language. */
  private async tellVolunteers(m: EntityManager, rows: DecidedRow[], reason: string): Promise<void> {
    const byVolunteer = new Map<string, DecidedRow[]>();
    for (const r of rows) byVolunteer.set(r.volunteer_id, [...(byVolunteer.get(r.volunteer_id) ?? []), r]);
    if (!byVolunteer.size) return;
    const recipients: { id: string; first_name: string; email: string | null; locale: string | null }[] = await m.query(
      `SELECT v.id, v.first_name, COALESCE(v.email, u.email) AS email, COALESCE(u.locale, v.mail_locale) AS locale
         FROM volunteers v LEFT JOIN users u ON u.id = v.user_id WHERE v.id = ANY($1::uuid[])`,
      [[...byVolunteer.keys()]],
    );
    for (const v of recipients) {
      if (!v.email) continue;
      const locale: MailLocale = (MAIL_LOCALES as readonly string[]).includes(v.locale ?? '') ? (v.locale as MailLocale) : 'de';
      const lang = docLang(locale === 'de' ? 'de' : 'en');
      const entries = byVolunteer
        .get(v.id)!
        .sort((a, b) => a.activity_date.localeCompare(b.activity_date))
        .map((e) => `• ${formatDate(e.activity_date, lang)}: ${e.activity} (${formatHours(e.minutes, lang)} h)`)
        .join('\n');
      await this.mail.queue(m, {
        template: 'hours-rejected',
        to: v.email,
        locale,
        vars: { name: v.first_name, entries, reason, link: this.mail.link('hours', {}) },
      });
    }
  }
}
