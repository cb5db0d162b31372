import './messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type NominationFormView, type NominationRequestsResult, type NominationView, type PublicNominationInput } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { AppError, MailService, hashToken, newSecretToken } from '@miteinander/server-platform';
import { formatDate, formatWhen } from '../event-format';
import { loadEvent, type EventRecord } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { eventConflict, eventProblemMessage, eventProblemsError } from '../problems';
import { nominationProblems } from './nomination-input';
import { loadNominations } from './nomination-view';
import { nominationsOpen, recordNomination } from './record-nomination';

/** Where nomination links lead: the public form of the web app. */
export const NOMINATE_PAGE_PATH = 'nominate';

interface Contact {
  id: string;
  name: string;
  email: string;
  organisation_id: string;
  organisation: string;
}

interface Link {
  event: EventRecord;
  contact: Contact;
}

const notFound = () => new AppError(404, ErrorCode.NotFound);

/**
 * Organisation contacts nominate without an account: each gets a capability link (only its hash is stored) that
 * shows their own organisation's volunteers and accepts nominations for them or for the organisation itself.
 */
@Injectable()
export class NominationLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
    private readonly mail: MailService,
  ) {}

  /** Mails a new link to every contact of the given organisations (all organisations when none are given). */
  async sendRequests(eventId: string, organisationIds?: string[]): Promise<NominationRequestsResult> {
    const ids = organisationIds?.length ? [...new Set(organisationIds)] : null;
    const sent = await this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId);
      if (!nominationsOpen(event, this.config.now())) throw eventConflict('nominationsClosed');
      const categories: unknown[] = await m.query(`SELECT 1 FROM event_award_categories WHERE event_id = $1 LIMIT 1`, [eventId]);
      if (!categories.length) throw eventConflict('noCategories');
      if (ids) {
        const known: { id: string }[] = await m.query(`SELECT id FROM organisations WHERE id = ANY($1::uuid[])`, [ids]);
        if (known.length !== ids.length) throw eventProblemsError([{ field: 'organisationIds', rule: 'unknownOrganisation' }]);
      }
      const contacts: Contact[] = await m.query(
        `SELECT c.id, c.name, c.email, c.organisation_id, o.name AS organisation
           FROM organisation_contacts c JOIN organisations o ON o.id = c.organisation_id
          WHERE trim(c.email) <> '' AND ($1::uuid[] IS NULL OR c.organisation_id = ANY($1::uuid[]))
          ORDER BY o.name, c.name, c.id`,
        [ids],
      );
      if (!contacts.length) throw eventConflict('noContacts', undefined, 'organisationIds');
      const expiresAt = new Date(this.config.now().getTime() + this.config.rules.nominationLinkDays * 86_400_000);
      const validUntil = formatDate(localDate(expiresAt, this.config.timeZone), 'de');
      for (const contact of contacts) {
        const token = newSecretToken();
        await m.query(`INSERT INTO event_nomination_links (token_hash, event_id, contact_id, expires_at) VALUES ($1, $2, $3, $4)`, [hashToken(token), eventId, contact.id, expiresAt]);
        // Contacts have no language of their own: the county writes to them in German.
        await this.mail.queue(m, {
          template: 'event-nomination-request',
          to: contact.email,
          locale: 'de',
          vars: {
            name: contact.name,
            organisation: contact.organisation,
            title: event.title,
            when: formatWhen(event.startsAt, event.endsAt, 'de', this.config.timeZone),
            validUntil,
            link: this.config.link(NOMINATE_PAGE_PATH, { token }),
          },
        });
      }
      return contacts.length;
    });
    this.mail.afterCommit();
    return { sent };
  }

  /** What the contact sees: the event's categories, their organisation's volunteers, their own nominations. */
  async formView(token: string): Promise<NominationFormView> {
    return this.dataSource.transaction(async (m) => {
      const { event, contact } = await this.resolve(m, token);
      const categories: { id: string; name: string; description: string }[] = await m.query(
        `SELECT id, name, description FROM event_award_categories WHERE event_id = $1 ORDER BY created_at, id`,
        [event.id],
      );
      const volunteers: { id: string; name: string }[] = await m.query(
        `SELECT v.id, v.first_name || ' ' || v.last_name AS name
           FROM volunteer_organisations vo JOIN volunteers v ON v.id = vo.volunteer_id
          WHERE vo.organisation_id = $1 AND v.status <> 'left'
          ORDER BY v.last_name, v.first_name, v.id`,
        [contact.organisation_id],
      );
      return {
        event: { title: event.title, startsAt: event.startsAt.toISOString() },
        organisation: { id: contact.organisation_id, name: contact.organisation },
        contactName: contact.name,
        categories,
        volunteers,
        mine: await loadNominations(m, { eventId: event.id, contactId: contact.id }),
        open: nominationsOpen(event, this.config.now()),
      };
    });
  }

  /**
   * A nomination through the link: only a volunteer of the contact's own organisation, or that organisation itself.
   * Anyone else is answered like an unknown id (404), so the link does not reveal who else is in the register.
   */
  async publicNominate(input: PublicNominationInput): Promise<NominationView> {
    return this.dataSource.transaction(async (m) => {
      const { event, contact } = await this.resolve(m, input.token);
      const problems = nominationProblems(input);
      if (problems.length) throw eventProblemsError(problems);
      if (input.volunteerId) {
        const own: unknown[] = await m.query(
          `SELECT 1 FROM volunteer_organisations vo JOIN volunteers v ON v.id = vo.volunteer_id
            WHERE vo.volunteer_id = $1 AND vo.organisation_id = $2 AND v.status <> 'left'`,
          [input.volunteerId, contact.organisation_id],
        );
        if (!own.length) throw notFound();
      } else if (input.organisationId !== contact.organisation_id) {
        throw notFound();
      }
      return recordNomination(m, event, this.config.now(), input, { contactId: contact.id });
    });
  }

  /** 404 for a link that never existed, 410 for one that has expired (the message says when). */
  private async resolve(m: EntityManager, token: string): Promise<Link> {
    const raw = (token ?? '').trim();
    if (!raw) throw notFound();
    const [link]: { event_id: string; contact_id: string; expires_at: Date }[] = await m.query(
      `SELECT event_id, contact_id, expires_at FROM event_nomination_links WHERE token_hash = $1`,
      [hashToken(raw)],
    );
    if (!link) throw notFound();
    if (new Date(link.expires_at).getTime() <= this.config.now().getTime()) {
      const problem = { field: 'token', rule: 'nominationLinkExpired', params: { expiredOn: localDate(new Date(link.expires_at), this.config.timeZone) } };
      const text = eventProblemMessage(problem).replace(/^[^:]*: /, '');
      throw new AppError(410, ErrorCode.TokenInvalid, [{ field: 'token', message: text }], text);
    }
    const [contact]: Contact[] = await m.query(
      `SELECT c.id, c.name, c.email, c.organisation_id, o.name AS organisation
         FROM organisation_contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [link.contact_id],
    );
    if (!contact) throw notFound();
    return { event: await loadEvent(m, link.event_id), contact };
  }
}
