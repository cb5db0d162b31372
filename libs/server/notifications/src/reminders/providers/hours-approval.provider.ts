import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLocale } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { ReminderRegistry, type DueReminder, type ReminderProvider } from '../reminder-provider';

interface Waiting {
  key: string;
  name: string;
  email: string;
  locale: string;
  count: number;
  oldest: string;
}

/**
 * Mondays 08:00: a digest of hour entries waiting for approval, to each coordinator (all entries)
 * and to each organisation's contact (their organisation's entries). Nothing is sent when nothing waits.
 */
@Injectable()
export class HoursApprovalProvider implements ReminderProvider, OnModuleInit {
  readonly kind = 'hours-approval-digest' as const;
  readonly schedule = '0 8 * * 1';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: ReminderRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const dueDate = localDate(now, this.config.reminders.timezone);
    const rows: Waiting[] = await m.query(
      `WITH waiting AS (SELECT organisation_id, activity_date FROM hour_entries WHERE status = 'submitted')
       SELECT 'user:' || u.id AS key, u.display_name AS name, u.email, u.locale,
              (SELECT count(*)::int FROM waiting) AS count, (SELECT min(activity_date)::text FROM waiting) AS oldest
         FROM users u
        WHERE u.active AND 'coordinator' = ANY(u.roles) AND EXISTS (SELECT 1 FROM waiting)
       UNION ALL
       SELECT 'organisation:' || o.id, o.name, o.contact_email, 'de', count(*)::int, min(w.activity_date)::text
         FROM organisations o JOIN waiting w ON w.organisation_id = o.id
        WHERE o.contact_email IS NOT NULL
        GROUP BY o.id, o.name, o.contact_email`,
    );
    return rows.map((r) => {
      const locale: MailLocale = r.locale === 'en' ? 'en' : 'de';
      const oldest = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC' }).format(new Date(`${r.oldest}T00:00:00Z`));
      return {
        subjectKey: r.key,
        dueDate,
        to: r.email,
        locale,
        template: 'hours-approval-digest',
        vars: { name: r.name, count: String(r.count), oldest, link: `${this.config.http.publicUrl}/hours/approvals` },
        digestLine: `${r.count}`,
      };
    });
  }
}
