import type { EntityManager } from 'typeorm';
import { hashToken, newSecretToken } from '@miteinander/server-platform';
import { OrganisationApprovalLink } from './entities/organisation-approval-link.entity';

export interface IssuedApprovalLink {
  /** The secret for the emailed URL; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Writes a capability link for one contact of one organisation, inside the caller's transaction
 * (the mail carrying it is queued in the same one). Earlier links stay valid until they expire, so an
 * older mail keeps working. Also used by the weekly approval digest.
 */
export async function issueApprovalLink(
  m: EntityManager,
  link: { organisationId: string; contactId: string; validDays: number; createdBy: string | null },
): Promise<IssuedApprovalLink> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + link.validDays * 86_400_000);
  await m.insert(OrganisationApprovalLink, {
    organisationId: link.organisationId,
    contactId: link.contactId,
    tokenHash: hashToken(token),
    expiresAt,
    createdBy: link.createdBy,
  });
  return { token, expiresAt };
}

/** Where the link leads: the public approval page of the web app. */
export const APPROVAL_PAGE_PATH = 'approve-hours';
