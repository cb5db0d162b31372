import type { EntityManager } from 'typeorm';
import { invalid, registerMessages } from '@miteinander/server-platform';
import { consentNotWithdrawnSql } from '@miteinander/server-people';

registerMessages({
  constraints: {
    contactSharingWithdrawn: {
      de: 'hat die Einwilligung zur Weitergabe der Kontaktdaten widerrufen; die Kontaktdaten werden nicht ausgetauscht.',
      en: 'has withdrawn their consent to sharing contact details; contacts are not exchanged.',
    },
  },
});

/**
 * DSGVO: the trial start is where the volunteer's and the family's contact details are exchanged. A volunteer who
 * withdrew their 'contact_sharing' consent (a row exists, none is current) stops that step until they give it again.
 * Volunteers with no consent recorded at all predate consent tracking and are not stopped (as in matching).
 * Read at the moment of the exchange, under the volunteer's lock (consent changes take it too, in their own
 * statement first): a withdrawal either commits before and is seen here, or waits until the exchange committed.
 */
export async function assertContactSharingAllowed(m: EntityManager, volunteerId: string | null): Promise<void> {
  if (!volunteerId) return;
  await m.query(`SELECT 1 FROM volunteers WHERE id = $1 FOR UPDATE`, [volunteerId]);
  const [row]: { allowed: boolean }[] = await m.query(`SELECT ${consentNotWithdrawnSql('$1::uuid', 'contact_sharing')} AS allowed`, [volunteerId]);
  if (row && !row.allowed) throw invalid({ field: 'volunteerId', rule: 'contactSharingWithdrawn' });
}
