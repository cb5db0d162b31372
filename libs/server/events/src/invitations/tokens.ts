import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { admissionCodeFrom, normalizeAdmissionCode } from '@miteinander/domain-events';
import { hashToken, newSecretToken } from '@miteinander/server-platform';

export type TokenPurpose = 'rsvp' | 'admission';

/**
 * Every mail carries its own RSVP link (and, for invitations and promotions, its own admission code); only hashes are
 * stored. Older links keep working until revoked (a re-sent invitation or a removal revokes them), so an earlier mail
 * still opens the page.
 */
export async function issueRsvpToken(m: EntityManager, invitationId: string): Promise<string> {
  const token = newSecretToken();
  await m.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ($1, $2, 'rsvp')`, [hashToken(token), invitationId]);
  return token;
}

/** A fresh admission code for the door (`K7QM-3XZP-9TRA`), stored by the hash of its canonical form. */
export async function issueAdmissionCode(m: EntityManager, invitationId: string): Promise<string> {
  const code = admissionCodeFrom(randomBytes(12));
  await m.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ($1, $2, 'admission')`, [hashToken(code), invitationId]);
  return code;
}

export type TokenLookup =
  | { state: 'valid'; invitationId: string }
  /** Known, but replaced by a newer mail or the invitation was withdrawn. */
  | { state: 'revoked'; invitationId: string }
  | { state: 'unknown' };

/** Finds the invitation a link or code belongs to. Admission codes are compared in their canonical form. */
export async function lookupToken(m: EntityManager, purpose: TokenPurpose, raw: string): Promise<TokenLookup> {
  const key = purpose === 'admission' ? normalizeAdmissionCode(raw) : raw.trim();
  if (!key) return { state: 'unknown' };
  const rows: { invitation_id: string; revoked: boolean; status: string }[] = await m.query(
    `SELECT t.invitation_id, t.revoked_at IS NOT NULL AS revoked, i.status
       FROM event_invitation_tokens t JOIN event_invitations i ON i.id = t.invitation_id
      WHERE t.token_hash = $1 AND t.purpose = $2`,
    [hashToken(key), purpose],
  );
  const row = rows[0];
  if (!row) return { state: 'unknown' };
  return row.revoked || row.status === 'removed' ? { state: 'revoked', invitationId: row.invitation_id } : { state: 'valid', invitationId: row.invitation_id };
}

/** Stops every link and code of one invitation (removal) or only its RSVP links (a re-sent invitation). */
export async function revokeTokens(m: EntityManager, invitationId: string, purpose?: TokenPurpose): Promise<void> {
  await m.query(
    `UPDATE event_invitation_tokens SET revoked_at = now() WHERE invitation_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR purpose = $2)`,
    [invitationId, purpose ?? null],
  );
}
