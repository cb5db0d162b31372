import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHECK_IN_STATES } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

interface Due {
  id: string;
  name: string;
  due: string;
  volunteer_name: string | null;
  coordinator_name: string;
  email: string;
  locale: string;
}

/**
 * Daily at 08:00: sponsorships whose check-in (trial review or regular) is past its due date are reminded to the
 * responsible coordinator. Keyed by the due date, so each missed check-in is reminded once; recording it moves
 * the due date and opens a new key. The start page lists them until they are recorded.
 */
@Injectable()
export class SponsorshipCheckInProvider extends RegisteredReminderProvider {
  readonly kind = 'sponsorship-checkin' as const;
  readonly schedule = '0 8 * * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const rows: Due[] = await m.query(
      `SELECT s.id, b.name, s.next_check_in_due::text AS due, v.first_name || ' ' || v.last_name AS volunteer_name,
              u.display_name AS coordinator_name, u.email, u.locale
         FROM sponsorships s
         JOIN beneficiaries b ON b.id = s.beneficiary_id
         JOIN users u ON u.id = s.coordinator_id AND u.active
         LEFT JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.next_check_in_due < $1::date AND s.state = ANY($2::text[])`,
      [localDate(now, this.config.reminders.timezone), CHECK_IN_STATES],
    );
    return rows.map((r) => {
      const locale = r.locale === 'en' ? 'en' : 'de';
      const dueDate = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${r.due}T00:00:00Z`));
      return {
        subjectKey: r.id,
        dueDate: r.due,
        to: r.email,
        locale,
        template: 'sponsorship-checkin-overdue',
        vars: { name: r.coordinator_name, sponsorship: r.name, volunteer: r.volunteer_name ?? '–', dueDate, link: `${this.config.http.publicUrl}/sponsorships/${r.id}` },
        digestLine: `${r.name} (${dueDate})`,
      };
    });
  }
}
