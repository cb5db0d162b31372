import type { EntityManager } from 'typeorm';
import { duplicateLanguageIndex, normaliseName, normalisePhone } from '@miteinander/domain-volunteers';
import { AuditEntry, invalid, requestContext } from '@miteinander/server-platform';
import type { UpdateVolunteerDto } from '../dto/volunteers.dto';
import type { Volunteer } from '../entities/volunteer.entity';
import { VolunteerOrganisation } from '../entities/volunteer-organisation.entity';
import { assertMunicipalityExists, assertOrganisationsExist } from '../reference-checks';

/** Refuses a language given twice ("Arabic native" and "Arabic B1"). */
export function assertLanguagesDistinct(languages: readonly { code: string }[] | undefined): void {
  if (languages && duplicateLanguageIndex(languages) >= 0) throw invalid({ field: 'languages', rule: 'duplicateLanguage' });
}

/**
 * Applies a PATCH to a volunteer loaded (and locked) in `m`; checks references first, so a bad request writes nothing.
 * `today` bounds the date of birth. Organisation links are replaced separately (staff only), see `replaceOrganisations`.
 */
export async function applyVolunteerPatch(m: EntityManager, v: Volunteer, dto: Omit<UpdateVolunteerDto, 'organisationIds'>, today: string): Promise<void> {
  assertLanguagesDistinct(dto.languages);
  if (dto.dateOfBirth && (dto.dateOfBirth < '1900-01-01' || dto.dateOfBirth > today)) throw invalid({ field: 'dateOfBirth', rule: 'dateOfBirthRange' });
  await assertMunicipalityExists(m, dto.municipalityId);
  if (dto.firstName !== undefined) v.firstName = normaliseName(dto.firstName);
  if (dto.lastName !== undefined) v.lastName = normaliseName(dto.lastName);
  if (dto.email !== undefined) v.email = dto.email;
  if (dto.phone !== undefined) v.phone = dto.phone === null ? null : normalisePhone(dto.phone);
  if (dto.dateOfBirth !== undefined) v.dateOfBirth = dto.dateOfBirth;
  if (dto.gender !== undefined) v.gender = dto.gender;
  if (dto.mailLocale !== undefined) v.mailLocale = dto.mailLocale;
  if (dto.municipalityId !== undefined) v.municipalityId = dto.municipalityId;
  if (dto.languages !== undefined) v.languages = dto.languages.map((l) => ({ code: l.code, level: l.level }));
  if (dto.skills !== undefined) v.skills = dto.skills;
  if (dto.interests !== undefined) v.interests = dto.interests;
  if (dto.competences !== undefined) v.competences = dto.competences;
  if (dto.availability !== undefined) v.availability = dto.availability;
  if (dto.capacity !== undefined) v.capacity = dto.capacity;
  if (dto.employedOrInTraining !== undefined) v.employedOrInTraining = dto.employedOrInTraining;
  if (dto.preferences !== undefined) v.preferences = dto.preferences;
  if (dto.notes !== undefined) v.notes = dto.notes;
}

/**
 * Makes the volunteer's organisations exactly `ids`: links that stay keep their "since" date. The link table is
 * not an audited entity, so the change is written to the audit trail here, as a change of the volunteer.
 */
export async function replaceOrganisations(m: EntityManager, volunteerId: string, ids: readonly string[], today: string): Promise<void> {
  await assertOrganisationsExist(m, ids);
  const current = (await m.findBy(VolunteerOrganisation, { volunteerId })).map((l) => l.organisationId).sort();
  const wanted = [...ids].sort();
  if (JSON.stringify(current) === JSON.stringify(wanted)) return;
  const removed = current.filter((id) => !wanted.includes(id));
  const added = wanted.filter((id) => !current.includes(id));
  if (removed.length) await m.query(`DELETE FROM volunteer_organisations WHERE volunteer_id = $1 AND organisation_id = ANY($2::uuid[])`, [volunteerId, removed]);
  if (added.length) await m.insert(VolunteerOrganisation, added.map((organisationId) => ({ volunteerId, organisationId, since: today })));
  await m.insert(AuditEntry, {
    actorId: requestContext.actorId(),
    action: 'update',
    entity: 'volunteer',
    entityId: volunteerId,
    diff: { organisationIds: [current, wanted] },
  });
}
