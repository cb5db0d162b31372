import type { EntityManager } from 'typeorm';
import { hashToken, newSecretToken, type MailService } from '@miteinander/server-platform';
import { CardConfirmation } from '../entities/card-confirmation.entity';
import { shortName } from './recipient';

/** Where the organisation contact's link leads: the public confirmation page of the web app. */
export const CONFIRM_PAGE_PATH = 'card-confirm';

const dateDe = (d: string) => d.split('-').reverse().join('.');
const hoursDe = (minutes: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(minutes / 60);

/**
 * One confirmation per organisation where the applicant's approved hours in the rule's window were logged,
 * each emailed to the organisation's first contact with an address (outbox, caller's transaction). An
 * organisation without one gets a confirmation a coordinator records by phone. Returns how many were created.
 */
export async function requestConfirmations(
  m: EntityManager,
  mail: MailService,
  a: { applicationId: string; volunteerId: string; windowFrom: string; windowTo: string; validDays: number },
): Promise<number> {
  const orgs: { organisation_id: string; organisation_name: string; minutes: number; contact_id: string | null; contact_name: string | null; contact_email: string | null }[] = await m.query(
    `SELECT h.organisation_id, o.name AS organisation_name, h.minutes, c.id AS contact_id, c.name AS contact_name, c.email AS contact_email
       FROM (SELECT organisation_id, sum(minutes)::int AS minutes FROM hour_entries
              WHERE volunteer_id = $1 AND status = 'approved' AND organisation_id IS NOT NULL AND activity_date BETWEEN $2::date AND $3::date
              GROUP BY organisation_id) h
       JOIN organisations o ON o.id = h.organisation_id
       LEFT JOIN LATERAL (SELECT id, name, email FROM organisation_contacts
                           WHERE organisation_id = h.organisation_id AND btrim(email) <> '' ORDER BY name, id LIMIT 1) c ON true
      ORDER BY o.name`,
    [a.volunteerId, a.windowFrom, a.windowTo],
  );
  if (!orgs.length) return 0;
  const [v]: { first_name: string; last_name: string }[] = await m.query(`SELECT first_name, last_name FROM volunteers WHERE id = $1`, [a.volunteerId]);
  const expiresAt = new Date(Date.now() + a.validDays * 86_400_000);
  for (const o of orgs) {
    const token = o.contact_email ? newSecretToken() : null;
    await m.insert(CardConfirmation, {
      applicationId: a.applicationId,
      organisationId: o.organisation_id,
      contactId: o.contact_id,
      minutes: o.minutes,
      tokenHash: token ? hashToken(token) : null,
      expiresAt: token ? expiresAt : null,
      status: 'pending',
    });
    if (!token) continue;
    await mail.queue(m, {
      template: 'card-confirmation-request',
      to: o.contact_email!,
      // Contacts have no account and no language setting: German, the county's language (as for hour approvals).
      locale: 'de',
      vars: {
        name: o.contact_name ?? '',
        volunteer: shortName(v!.first_name, v!.last_name),
        organisation: o.organisation_name,
        hours: hoursDe(o.minutes),
        period: `${dateDe(a.windowFrom)} – ${dateDe(a.windowTo)}`,
        expires: dateDe(expiresAt.toISOString().slice(0, 10)),
        link: mail.link(CONFIRM_PAGE_PATH, { token }),
      },
    });
  }
  return orgs.length;
}
