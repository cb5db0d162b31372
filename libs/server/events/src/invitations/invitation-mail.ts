import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import type { MailService } from '@miteinander/server-platform';
import type { EventRecord } from '../events/event-record';
import { formatDate, formatWhen, venueLine } from '../event-format';
import type { EventsConfig } from '../events-config';
import { admissionQr } from './admission-qr';
import { calendarFile } from './calendar-file';
import { issueAdmissionCode, issueRsvpToken } from './tokens';

export interface Invitee {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/** Where RSVP links lead: the public answer page of the web app. */
export const RSVP_PAGE_PATH = 'rsvp';

export const mailLocaleOf = (locale: string): MailLocale => ((MAIL_LOCALES as readonly string[]).includes(locale) ? (locale as MailLocale) : 'de');

/**
 * Queues the invitation (or the "a seat is free" mail) in the caller's transaction: a new RSVP link, a new admission
 * code with its QR image, and the calendar file. Returns the outbox id (null when a mail with the same key exists).
 */
export async function queueAdmissionMail(
  m: EntityManager,
  deps: { mail: MailService; config: EventsConfig },
  event: EventRecord,
  invitee: Invitee,
  template: 'event-invitation' | 'event-waitlist-promoted',
  dedupeKey?: string,
): Promise<string | null> {
  const locale = mailLocaleOf(invitee.locale);
  const token = await issueRsvpToken(m, invitee.id);
  const code = await issueAdmissionCode(m, invitee.id);
  const description = locale === 'de' ? event.descriptionDe : event.descriptionEn || event.descriptionDe;
  const queued = await deps.mail.queue(m, {
    template,
    to: invitee.email,
    locale,
    dedupeKey,
    vars: {
      name: invitee.name,
      title: event.title,
      when: formatWhen(event.startsAt, event.endsAt, locale, deps.config.timeZone),
      venue: venueLine(event),
      rsvpDeadline: formatDate(event.rsvpDeadline, locale),
      admissionCode: code,
      link: deps.config.link(RSVP_PAGE_PATH, { token }),
    },
    attachments: [calendarFile(event, description, deps.config.messageIdDomain, deps.config.countyName), await admissionQr(code)],
  });
  return queued.id;
}
