import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLocale } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { APPROVAL_PAGE_PATH, issueApprovalLink } from '@miteinander/server-hours';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

interface Waiting {
  key: string;
  name: string;
  email: string;
  locale: string;
  count: number;
  oldest: string;
  /** Set for organisation contacts: they get a capability link for their organisation. */
  organisation_id: string | null;
  contact_id: string | null;
}

/**
 * Mondays 08:00: a digest of hour entries waiting for approval, to each coordinator (all entries) and to each
 * contact person of an organisation with waiting entries (their organisation's entries). Contacts have no
 * account, so their mail carries a fresh capability link (valid APPROVAL_LINK_DAYS) to approve without signing in;
 * coordinators get the approval queue. Nothing is sent when nothing waits.
 */
@Injectable()
export class HoursApprovalProvider extends RegisteredReminderProvider {
  readonly kind = 'hours-approval-digest' as const;
  readonly schedule = '0 8 * * 1';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const dueDate = localDate(now, this.config.reminders.timezone);
    // A contact whose digest for this day is already in the outbox gets no second link (replayed runs).
    const rows: Waiting[] = await m.query(
      `WITH waiting AS (SELECT organisation_id, activity_date FROM hour_entries WHERE status = 'submitted')
       SELECT 'user:' || u.id AS key, u.display_name AS name, u.email, u.locale,
              (SELECT count(*)::int FROM waiting) AS count, (SELECT min(activity_date)::text FROM waiting) AS oldest,
              NULL::uuid AS organisation_id, NULL::uuid AS contact_id
         FROM users u
        WHERE u.active AND 'coordinator' = ANY(u.roles) AND EXISTS (SELECT 1 FROM waiting)
       UNION ALL
       SELECT 'contact:' || c.id, c.name, c.email, 'de', count(*)::int, min(w.activity_date)::text, c.organisation_id, c.id
         FROM organisation_contacts c JOIN waiting w ON w.organisation_id = c.organisation_id
        WHERE c.email <> ''
          AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.dedupe_key = 'hours-approval-digest:contact:' || c.id || ':' || $1)
        GROUP BY c.id, c.name, c.email, c.organisation_id`,
      [dueDate],
    );
    const due: DueReminder[] = [];
    for (const r of rows) {
      const locale: MailLocale = r.locale === 'en' ? 'en' : 'de';
      const oldest = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC' }).format(new Date(`${r.oldest}T00:00:00Z`));
      due.push({
        subjectKey: r.key,
        dueDate,
        to: r.email,
        locale,
        template: 'hours-approval-digest',
        vars: { name: r.name, count: String(r.count), oldest, link: await this.linkFor(m, r) },
        digestLine: `${r.count}`,
      });
    }
    return due;
  }

  private async linkFor(m: EntityManager, r: Waiting): Promise<string> {
    if (!r.organisation_id || !r.contact_id) return `${this.config.http.publicUrl}/hours/approvals`;
    const { token } = await issueApprovalLink(m, {
      organisationId: r.organisation_id,
      contactId: r.contact_id,
      validDays: this.config.rules.hours.approvalLinkDays,
      createdBy: null,
    });
    const url = new URL(APPROVAL_PAGE_PATH, `${this.config.http.publicUrl}/`);
    url.searchParams.set('token', token);
    return url.toString();
  }
}
