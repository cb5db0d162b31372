import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { wallClock } from '@miteinander/domain-reminders';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

/** On the 1st of each month at 09:00: every active volunteer is asked to log last month's hours. */
@Injectable()
export class HoursNudgeProvider extends RegisteredReminderProvider {
  readonly kind = 'hours-nudge' as const;
  readonly schedule = '0 9 1 * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const w = wallClock(now, this.config.reminders.timezone);
    const dueDate = `${w.year}-${String(w.month).padStart(2, '0')}-01`;
    const lastMonth = new Date(Date.UTC(w.year, w.month - 2, 15));
    // The profile's mail language (also uk/ru/fa), chosen by the volunteer or the coordinator.
    const rows: { id: string; first_name: string; email: string; locale: string | null }[] = await m.query(
      `SELECT v.id, v.first_name, v.email, v.mail_locale AS locale FROM volunteers v WHERE v.status = 'active' AND v.email IS NOT NULL`,
    );
    return rows.map((v) => {
      const locale = (MAIL_LOCALES as readonly string[]).includes(v.locale ?? '') ? (v.locale as MailLocale) : 'de';
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(lastMonth);
      return {
        subjectKey: v.id,
        dueDate,
        to: v.email,
        locale,
        template: 'hours-nudge',
        vars: { name: v.first_name, month, link: `${this.config.http.publicUrl}/hours` },
        digestLine: month,
      };
    });
  }
}
