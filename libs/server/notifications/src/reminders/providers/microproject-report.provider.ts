import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { REPORT_REMINDER_OFFSETS, reportReminderStage, type ReportReminderStage } from '@miteinander/domain-grants';
import { localDate } from '@miteinander/domain-reminders';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

interface Due {
  id: string;
  reference: string | null;
  title: string;
  report_due: string;
  name: string;
  email: string;
  locale: string;
}

/** The first paragraph of the mail: how the deadline stands. */
const STAGE_TEXTS: Record<ReportReminderStage, Record<MailLocale, string>> = {
  before14: {
    de: 'Der Verwendungsnachweis ist in 14 Tagen fällig.',
    en: 'The final report is due in 14 days.',
    ar: 'موعد تقديم التقرير بعد 14 يومًا.',
    uk: 'Звіт потрібно подати через 14 днів.',
    ru: 'Отчёт нужно подать через 14 дней.',
    fa: 'مهلت ارسال گزارش ۱۴ روز دیگر است.',
  },
  onDay: {
    de: 'Heute ist der letzte Tag für den Verwendungsnachweis.',
    en: 'Today is the last day for the final report.',
    ar: 'اليوم هو آخر يوم لتقديم التقرير.',
    uk: 'Сьогодні останній день для подання звіту.',
    ru: 'Сегодня последний день для подачи отчёта.',
    fa: 'امروز آخرین روز ارسال گزارش است.',
  },
  overdue: {
    de: 'Die Frist für den Verwendungsnachweis ist abgelaufen. Bitte reichen Sie ihn so bald wie möglich ein.',
    en: 'The deadline for the final report has passed. Please send it as soon as possible.',
    ar: 'انتهت مهلة تقديم التقرير. يرجى تقديمه في أقرب وقت ممكن.',
    uk: 'Термін подання звіту минув. Будь ласка, подайте його якомога швидше.',
    ru: 'Срок подачи отчёта истёк. Пожалуйста, подайте его как можно скорее.',
    fa: 'مهلت ارسال گزارش گذشته است. لطفاً هرچه زودتر آن را بفرستید.',
  },
};

const intlLocale = (locale: MailLocale) => (locale === 'de' ? 'de-DE' : locale === 'en' ? 'en-GB' : locale);

/**
 * Daily at 08:00: applicants whose micro-project report (Verwendungsnachweis) is due in 14 days, today, or was due
 * yesterday, while the report is still outstanding (paid, or sent back for corrections). Keyed by application and
 * stage, so each of the three goes out once.
 */
@Injectable()
export class MicroprojectReportProvider extends RegisteredReminderProvider {
  readonly kind = 'microproject-report' as const;
  readonly schedule = '0 8 * * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const today = localDate(now, this.config.reminders.timezone);
    const dueDays = Object.values(REPORT_REMINDER_OFFSETS).map((offset) => addDays(today, -offset));
    const rows: Due[] = await m.query(
      `SELECT a.id, a.reference, COALESCE(a.data->>'title', '') AS title, a.report_due::text AS report_due, u.display_name AS name, u.email, u.locale
         FROM grant_applications a JOIN users u ON u.id = a.applicant_id
        WHERE a.status IN ('paid', 'report_corrections') AND a.report_due = ANY($1::date[]) AND u.active`,
      [dueDays],
    );
    return rows.flatMap((r) => {
      const stage = reportReminderStage(r.report_due, today);
      if (!stage) return [];
      const locale = (MAIL_LOCALES as readonly string[]).includes(r.locale) ? (r.locale as MailLocale) : 'de';
      const dueDate = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${r.report_due}T00:00:00Z`));
      const link = new URL(`my-grants/${r.id}/report`, `${this.config.http.publicUrl}/`).toString();
      const reference = r.reference ?? '';
      return [{
        subjectKey: `${r.id}-${stage}`,
        dueDate: r.report_due,
        to: r.email,
        locale,
        template: 'grant-report-reminder' as const,
        vars: { name: r.name, title: r.title, reference, dueDate, stage: STAGE_TEXTS[stage][locale], link },
        digestLine: `${reference} ${r.title}: ${dueDate}`.trim(),
      }];
    });
  }
}
