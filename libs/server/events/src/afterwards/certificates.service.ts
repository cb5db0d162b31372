import '../awards/messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { localDate } from '@miteinander/domain-reminders';
import { formatDate } from '../event-format';
import { loadEvent } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { eventConflict, eventProblemsError } from '../problems';
import { renderEventCertificates, type CertificatePerson } from './event-certificate-pdf';

export const CERTIFICATE_KINDS = ['winners', 'attendees'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Urkunden as one PDF: for the winners of the event's awards, or for everyone who was checked in. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
  ) {}

  async pdf(eventId: string, who: string | undefined): Promise<{ body: Buffer; fileName: string }> {
    if (!(CERTIFICATE_KINDS as readonly (string | undefined)[]).includes(who)) throw eventProblemsError([{ field: 'who', rule: 'certificateKind' }]);
    const kind = who as CertificateKind;
    const event = await loadEvent(this.dataSource.manager, eventId);
    const people = kind === 'winners' ? await this.winners(eventId) : await this.attendees(eventId);
    if (!people.length) throw eventConflict(kind === 'winners' ? 'noWinners' : 'nobodyCheckedIn', undefined, 'who');
    const day = localDate(event.startsAt, this.config.timeZone);
    const body = await renderEventCertificates({ countyName: this.config.countyName, title: event.title, date: formatDate(day, 'de') }, people);
    return { body, fileName: `Urkunden-${kind === 'winners' ? 'Preistraeger' : 'Teilnahme'}-${day}.pdf` };
  }

  /** Category by category (in the order they were created), then by name. */
  private winners(eventId: string): Promise<CertificatePerson[]> {
    return this.dataSource.query(
      `SELECT CASE WHEN n.volunteer_id IS NOT NULL THEN v.first_name || ' ' || v.last_name ELSE o.name END AS name,
              k.name AS category, n.reason
         FROM event_nominations n
         JOIN event_award_categories k ON k.id = n.category_id
         LEFT JOIN volunteers v ON v.id = n.volunteer_id
         LEFT JOIN organisations o ON o.id = n.organisation_id
        WHERE k.event_id = $1 AND n.winner
        ORDER BY k.created_at, k.id, 1`,
      [eventId],
    );
  }

  private attendees(eventId: string): Promise<CertificatePerson[]> {
    return this.dataSource.query(`SELECT name FROM event_invitations WHERE event_id = $1 AND checked_in_at IS NOT NULL ORDER BY lower(name), id`, [eventId]);
  }
}
