import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';

export interface Recipient {
  firstName: string;
  email: string | null;
  locale: MailLocale;
}

/** Where a volunteer's mail goes: the profile's address, else the account's; in the account's or profile's language. */
export async function volunteerRecipient(m: EntityManager, volunteerId: string): Promise<Recipient> {
  const [r]: { first_name: string; email: string | null; locale: string | null }[] = await m.query(
    `SELECT v.first_name, COALESCE(v.email, u.email) AS email, COALESCE(u.locale, v.mail_locale) AS locale
       FROM volunteers v LEFT JOIN users u ON u.id = v.user_id WHERE v.id = $1`,
    [volunteerId],
  );
  const locale = (MAIL_LOCALES as readonly string[]).includes(r?.locale ?? '') ? (r!.locale as MailLocale) : 'de';
  return { firstName: r?.first_name ?? '', email: r?.email?.trim() || null, locale };
}

/** "Anna M.": what an organisation contact is shown of the applicant. */
export function shortName(firstName: string, lastName: string): string {
  const initial = [...lastName.trim()][0];
  return initial ? `${firstName.trim()} ${initial}.` : firstName.trim();
}
