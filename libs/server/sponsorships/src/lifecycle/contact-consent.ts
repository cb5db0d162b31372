import type { EntityManager } from 'typeorm';
import { invalid, registerMessages } from '@miteinander/server-platform';

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
 */
export async function assertContactSharingAllowed(m: EntityManager, volunteerId: string | null): Promise<void> {
  if (!volunteerId) return;
  const [row]: { withdrawn: boolean }[] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM volunteer_consents WHERE volunteer_id = $1 AND purpose = 'contact_sharing')
            AND NOT EXISTS (SELECT 1 FROM volunteer_consents WHERE volunteer_id = $1 AND purpose = 'contact_sharing' AND withdrawn_at IS NULL) AS withdrawn`,
    [volunteerId],
  );
  if (row?.withdrawn) throw invalid({ field: 'volunteerId', rule: 'contactSharingWithdrawn' });
}
