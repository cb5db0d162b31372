import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

/** Days before a card's last valid day that its holder is reminded, earliest first (domain.md: 60 and 14). */
export const CARD_EXPIRY_REMIND_DAYS = [60, 14] as const;

interface Due {
  id: string;
  card_number: string;
  valid_until: string;
  remind_on: string;
  first_name: string;
  email: string;
  locale: string | null;
}

/**
 * Daily at 08:00: holders of a card that runs out within 60 or 14 days are asked to renew it, with a link that
 * pre-fills a new application. Keyed by the day each reminder became due, so each is sent once; a card issued
 * with less than 60 days left gets only the reminder that applies (the latest one due).
 */
@Injectable()
export class CardExpiryProvider extends RegisteredReminderProvider {
  readonly kind = 'card-expiry' as const;
  readonly schedule = '0 8 * * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const [early, late] = CARD_EXPIRY_REMIND_DAYS;
    const rows: Due[] = await m.query(
      `SELECT k.id, k.card_number, k.valid_until::text AS valid_until, d.remind_on::text AS remind_on, v.first_name,
              COALESCE(v.email, u.email) AS email, COALESCE(u.locale, v.mail_locale) AS locale
         FROM cards k
         JOIN volunteers v ON v.id = k.volunteer_id
         LEFT JOIN users u ON u.id = v.user_id
         CROSS JOIN LATERAL (SELECT CASE WHEN k.valid_until - $3::int <= $1::date THEN k.valid_until - $3::int ELSE k.valid_until - $2::int END AS remind_on) d
        WHERE k.revoked_at IS NULL AND k.valid_until IS NOT NULL AND k.valid_until >= $1::date AND k.valid_until - $2::int <= $1::date
          AND COALESCE(v.email, u.email) IS NOT NULL
          -- A renewal already applied for or issued needs no reminder.
          AND NOT EXISTS (SELECT 1 FROM card_applications a WHERE a.renewal_of = k.id AND a.status NOT IN ('rejected', 'withdrawn'))`,
      [localDate(now, this.config.reminders.timezone), early, late],
    );
    return rows.map((r) => {
      const locale = (MAIL_LOCALES as readonly string[]).includes(r.locale ?? '') ? (r.locale as MailLocale) : 'de';
      const validUntil = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${r.valid_until}T00:00:00Z`));
      const link = new URL('my-card', `${this.config.http.publicUrl}/`);
      link.searchParams.set('renew', r.id);
      return {
        subjectKey: r.id,
        dueDate: r.remind_on,
        to: r.email,
        locale,
        template: 'card-expiry',
        vars: { name: r.first_name, cardNumber: r.card_number, validUntil, link: link.toString() },
        digestLine: `${r.card_number}: ${validUntil}`,
      };
    });
  }
}
