import type { GuardianConsent, PupilDetails, SponsorshipKind } from '@miteinander/contracts';
import { isCalendarDate, type RuleProblem } from '@miteinander/domain-volunteers';
import { ADULT_AGE } from './sponsorship-rules';

/** The parts of a request that decide who may be matched and what must be on file. */
export interface RequestFacts {
  kind: SponsorshipKind;
  adults: number | null;
  childrenAges: readonly number[];
  pupil: Pick<PupilDetails, 'age'> | null;
  guardianConsent: GuardianConsent | null;
  /** The wished age range of the sponsor, either side open. */
  sponsorAge?: { min: number | null; max: number | null };
}

/** A pupil of unknown age counts as a minor: the safe side for §72a. */
export function involvesMinors(facts: Pick<RequestFacts, 'kind' | 'childrenAges' | 'pupil'>): boolean {
  if (facts.kind === 'learning') return facts.pupil?.age == null || facts.pupil.age < ADULT_AGE;
  return facts.childrenAges.some((age) => age < ADULT_AGE);
}

/**
 * What is wrong with a request as a whole, field by field (single fields are checked by the DTO).
 * A family request describes the household; a learning request the pupil, and a minor pupil's data may only be
 * stored with the guardian's consent (Art. 8 GDPR), so the consent is required when the request is recorded.
 */
export function requestProblems(facts: RequestFacts, today: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (facts.kind === 'learning') {
    if (!facts.pupil) problems.push({ field: 'pupil', rule: 'requiredForLearning' });
    if (facts.adults != null) problems.push({ field: 'adults', rule: 'onlyForFamilies' });
    if (facts.childrenAges.length) problems.push({ field: 'childrenAges', rule: 'onlyForFamilies' });
    if (facts.pupil && involvesMinors(facts) && !facts.guardianConsent) problems.push({ field: 'guardianConsent', rule: 'guardianConsentRequired' });
  } else {
    if (facts.adults == null) problems.push({ field: 'adults', rule: 'requiredForFamilies' });
    if (facts.pupil) problems.push({ field: 'pupil', rule: 'onlyForLearning' });
  }
  if (facts.guardianConsent && isCalendarDate(facts.guardianConsent.date) && facts.guardianConsent.date > today) {
    problems.push({ field: 'guardianConsent.date', rule: 'dateInFuture' });
  }
  const age = facts.sponsorAge;
  if (age && age.min !== null && age.max !== null && age.min > age.max) problems.push({ field: 'preferences.sponsorAgeMax', rule: 'ageRangeOrder' });
  return problems;
}
