import type { EntityManager } from 'typeorm';
import { personParams, type Person } from '../export/person';
import { ERASURE_STATEMENTS } from './erasure-statements';

/** Runs every erasure statement for these people (one statement per table, whatever their number); counts per table. */
export async function runErasure(m: EntityManager, person: Person, grantRecordYears: number): Promise<Record<string, number>> {
  const params = personParams(person);
  const erased: Record<string, number> = {};
  for (const s of ERASURE_STATEMENTS) {
    const [{ n }]: { n: number }[] = await m.query(s.sql, s.sql.includes('$5') ? [...params, grantRecordYears] : params);
    if (n) erased[s.table] = (erased[s.table] ?? 0) + n;
  }
  return erased;
}

/** Records the erased ids (ids only) so a restored backup can be made to forget them again. */
export async function recordInLedger(m: EntityManager, person: Person): Promise<void> {
  await m.query(
    `INSERT INTO erasure_ledger (subject_type, subject_id)
     SELECT 'volunteer', unnest($1::uuid[]) UNION ALL SELECT 'user', unnest($2::uuid[]) UNION ALL SELECT 'beneficiary', unnest($3::uuid[])
     ON CONFLICT DO NOTHING`,
    [person.volunteerIds, person.userIds, person.beneficiaryIds],
  );
}
