import '../awards/messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ThankYouResult } from '@miteinander/contracts';
import { MailService } from '@miteinander/server-platform';
import { loadEvent } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { mailLocaleOf } from '../invitations/invitation-mail';
import { eventConflict } from '../problems';

/** After the event: one thank-you mail to everyone who was checked in, never twice (thanked_at and the dedupe key). */
@Injectable()
export class ThankYouService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
    private readonly mail: MailService,
  ) {}

  async send(eventId: string): Promise<ThankYouResult> {
    const sent = await this.dataSource.transaction(async (m) => {
      // The lock makes a double click wait for the first run, which then leaves nobody to thank.
      const event = await loadEvent(m, eventId, true);
      const now = this.config.now();
      if (now.getTime() < event.startsAt.getTime()) throw eventConflict('eventNotOver');
      const people: { id: string; name: string; email: string; locale: string }[] = await m.query(
        `SELECT id, name, email, locale FROM event_invitations
          WHERE event_id = $1 AND checked_in_at IS NOT NULL AND thanked_at IS NULL ORDER BY lower(name), id`,
        [eventId],
      );
      if (!people.length) throw eventConflict('nobodyToThank');
      for (const p of people) {
        await this.mail.queue(m, {
          template: 'event-thank-you',
          to: p.email,
          locale: mailLocaleOf(p.locale),
          vars: { name: p.name, title: event.title },
          dedupeKey: `event-thanks:${p.id}`,
        });
      }
      await m.query(`UPDATE event_invitations SET thanked_at = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [people.map((p) => p.id), now]);
      return people.length;
    });
    this.mail.afterCommit();
    return { sent };
  }
}
