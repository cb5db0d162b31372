import type { CreateSponsorshipRequest } from '@miteinander/contracts';
import { involvesMinors, requestProblems } from '@miteinander/domain-sponsorships';
import { normaliseName, normalisePhone } from '@miteinander/domain-volunteers';
import { invalid } from '@miteinander/server-platform';
import type { Beneficiary } from '../entities/beneficiary.entity';

/** The stored family or pupil as a request body, so a PATCH can be merged onto it and validated as a whole. */
export function requestOf(b: Beneficiary, kind: CreateSponsorshipRequest['kind'], plannedMonths: number, coordinatorId: string | null): CreateSponsorshipRequest {
  return {
    kind,
    name: b.name,
    municipalityId: b.municipalityId,
    languages: b.languages,
    germanLevel: b.germanLevel,
    needs: b.needs,
    availability: b.availability,
    preferences: { sponsorGender: b.sponsorGender, interpreter: b.interpreter, contactPerson: b.contactPerson, sponsorAgeMin: b.sponsorAgeMin, sponsorAgeMax: b.sponsorAgeMax },
    contact: { phone: b.phone, email: b.email, address: b.address },
    ...(b.adults !== null ? { adults: b.adults } : {}),
    childrenAges: b.childrenAges,
    ...(b.pupil ? { pupil: b.pupil } : {}),
    guardianConsent: b.guardianConsentBy ? { givenBy: b.guardianConsentBy, date: b.guardianConsentDate! } : null,
    notes: b.notes,
    plannedMonths,
    ...(coordinatorId ? { coordinatorId } : {}),
  };
}

/** The family's or pupil's columns from a validated request; the domain's rules for the whole request apply first. */
export function beneficiaryFields(dto: CreateSponsorshipRequest, today: string): Omit<Beneficiary, 'id' | 'createdAt' | 'updatedAt'> {
  const { sponsorAgeMin = null, sponsorAgeMax = null } = dto.preferences ?? {};
  const facts = {
    kind: dto.kind, adults: dto.adults ?? null, childrenAges: dto.childrenAges ?? [], pupil: dto.pupil ?? null, guardianConsent: dto.guardianConsent ?? null,
    sponsorAge: { min: sponsorAgeMin, max: sponsorAgeMax },
  };
  const problems = requestProblems(facts, today);
  if (problems.length) throw invalid(...problems);
  return {
    kind: dto.kind === 'learning' ? 'pupil' : 'family',
    name: normaliseName(dto.name),
    municipalityId: dto.municipalityId,
    languages: dto.languages.map((l) => ({ code: l.code, level: l.level })),
    germanLevel: dto.germanLevel,
    needs: dto.needs,
    availability: dto.availability ?? [],
    sponsorGender: dto.preferences?.sponsorGender ?? null,
    interpreter: dto.preferences?.interpreter ?? false,
    contactPerson: dto.preferences?.contactPerson ?? null,
    sponsorAgeMin,
    sponsorAgeMax,
    phone: dto.contact?.phone ? normalisePhone(dto.contact.phone) : null,
    email: dto.contact?.email ?? null,
    address: dto.contact?.address ?? null,
    adults: dto.adults ?? null,
    childrenAges: dto.childrenAges ?? [],
    pupil: dto.pupil
      ? { age: dto.pupil.age ?? null, grade: dto.pupil.grade, schoolType: dto.pupil.schoolType, subjects: dto.pupil.subjects, schoolContact: dto.pupil.schoolContact ?? null }
      : null,
    guardianConsentBy: dto.guardianConsent?.givenBy ?? null,
    guardianConsentDate: dto.guardianConsent?.date ?? null,
    notes: dto.notes ?? null,
  };
}

export function requestInvolvesMinors(b: Pick<Beneficiary, 'kind' | 'childrenAges' | 'pupil'>): boolean {
  return involvesMinors({ kind: b.kind === 'pupil' ? 'learning' : 'family', childrenAges: b.childrenAges, pupil: b.pupil });
}
