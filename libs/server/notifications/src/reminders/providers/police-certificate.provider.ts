import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { blindIndexMatchSql, fieldCipher } from '@miteinander/server-platform';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

interface Due {
  id: string;
  first_name: string;
  email: string;
  mail_locale: string;
  valid_until: string;
  remind_from: string;
}

/**
 * Daily at 08:00: volunteers whose police-certificate inspection runs out within the reminder window
 * (POLICE_CERTIFICATE_REMIND_DAYS before issue date + POLICE_CERTIFICATE_VALID_YEARS) are asked to renew it.
 * Keyed by the day the window opened, so each inspection is reminded once; a new inspection opens a new window.
 */
@Injectable()
export class PoliceCertificateProvider extends RegisteredReminderProvider {
  readonly kind = 'police-certificate' as const;
  readonly schedule = '0 8 * * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const { validYears, remindDays } = this.config.rules.policeCertificate;
    const params: unknown[] = [validYears, remindDays, localDate(now, this.config.reminders.timezone)];
    const cleared = blindIndexMatchSql(fieldCipher().blindIndexes, { add: (v) => `$${params.push(v)}` }, 'p.volunteer_id', 'p.entry_tag', 'false');
    const rows: Due[] = await m.query(
      `SELECT v.id, v.first_name, v.email, v.mail_locale, c.valid_until::text, (c.valid_until - $2::int)::text AS remind_from
         FROM police_certificate_checks p
         JOIN volunteers v ON v.id = p.volunteer_id
         CROSS JOIN LATERAL (SELECT (p.issue_date + make_interval(years => $1::int))::date AS valid_until) c
        WHERE v.email IS NOT NULL AND v.status IN ('intake_done', 'active', 'paused') AND ${cleared}
          AND c.valid_until - $2::int <= $3::date`,
      params,
    );
    return rows.map((r) => {
      const locale = (MAIL_LOCALES as readonly string[]).includes(r.mail_locale) ? (r.mail_locale as MailLocale) : 'de';
      const validUntil = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${r.valid_until}T00:00:00Z`));
      return {
        subjectKey: r.id,
        dueDate: r.remind_from,
        to: r.email,
        locale,
        template: 'police-certificate-reinspection',
        vars: { name: r.first_name, validUntil, link: `${this.config.http.publicUrl}/my-volunteering` },
        digestLine: validUntil,
      };
    });
  }
}
