import type { EntityManager } from 'typeorm';
import { invalid } from '@miteinander/server-platform';

/** A municipality id from a client must name a row of the county list, else a 400 on that field. */
export async function assertMunicipalityExists(m: EntityManager, id: number | null | undefined, field = 'municipalityId'): Promise<void> {
  if (id === null || id === undefined) return;
  const rows: unknown[] = await m.query(`SELECT 1 FROM municipalities WHERE id = $1`, [id]);
  if (rows.length === 0) throw invalid({ field, rule: 'unknownMunicipality' });
}

/** Every organisation id must exist; the first unknown one is named. */
export async function assertOrganisationsExist(m: EntityManager, ids: readonly string[], field = 'organisationIds'): Promise<void> {
  if (ids.length === 0) return;
  const rows: { id: string }[] = await m.query(`SELECT id FROM organisations WHERE id = ANY($1::uuid[])`, [ids]);
  const known = new Set(rows.map((r) => r.id));
  if (ids.some((id) => !known.has(id))) throw invalid({ field, rule: 'unknownOrganisation' });
}
