import type { EntityManager } from 'typeorm';
import { OCCUPYING_STATES, type PoliceCertificateState, type VolunteerStatus } from '@miteinander/contracts';
import type { CandidateVolunteer } from '@miteinander/domain-sponsorships';
import type { PoliceCertificateRules } from '@miteinander/domain-volunteers';
import { placementAllowedSql, policeCertificateSql, SqlParams } from '@miteinander/server-people';

/**
 * The volunteer to be paired, locked until the transaction ends: two proposals for the same person queue up
 * here, so the second sees the first one's place taken and the capacity cannot be overrun. Null if unknown.
 * The lock is its own statement: a statement that waited for a lock still reads with the snapshot it started
 * with, so counting in the same statement would miss the place the first proposal just took. The same lock
 * serialises with consent changes (they lock the volunteer too), so the consent read here is the one that holds
 * until this step commits.
 */
export async function lockCandidate(
  m: EntityManager,
  volunteerId: string,
  exceptSponsorshipId: string,
  rules: Pick<PoliceCertificateRules, 'validYears' | 'remindDays'>,
  today: string,
): Promise<CandidateVolunteer | null> {
  const locked: unknown[] = await m.query(`SELECT 1 FROM volunteers WHERE id = $1 FOR UPDATE`, [volunteerId]);
  if (!locked.length) return null;
  const p = new SqlParams();
  const id = p.add(volunteerId);
  const except = p.add(exceptSponsorshipId);
  const occupying = p.add(OCCUPYING_STATES);
  const pc = policeCertificateSql(p, rules, today);
  const rows: { id: string; status: VolunteerStatus; capacity: number; occupied: number; pc_state: PoliceCertificateState; placement_allowed: boolean }[] = await m.query(
    `SELECT v.id, v.status, v.capacity, ${pc.state} AS pc_state, ${placementAllowedSql('v.id')} AS placement_allowed,
            (SELECT count(*)::int FROM sponsorships s WHERE s.volunteer_id = v.id AND s.state = ANY(${occupying}::text[]) AND s.id <> ${except}::uuid) AS occupied
       FROM volunteers v LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id
      WHERE v.id = ${id}::uuid`,
    p.values,
  );
  const r = rows[0];
  return r
    ? { id: r.id, status: r.status, capacity: r.capacity, occupied: r.occupied, policeCertificate: r.pc_state, placementConsentWithdrawn: !r.placement_allowed }
    : null;
}
