import type { AvailabilitySlot, Gender, GermanLevel, Interest, LanguageSkill, MatchWeights, PoliceCertificateState, SchoolSubject, Skill, SponsorshipKind, VolunteerStatus } from '@miteinander/contracts';
export { MATCH_FACTORS, type MatchFactor, type MatchWeights } from '@miteinander/contracts';

/** What scoring needs to know about a request (family or pupil). */
export interface RequestFacts {
  kind: SponsorshipKind;
  languages: readonly LanguageSkill[];
  germanLevel: GermanLevel;
  /** Municipality coordinates; null when unknown. */
  location: { lat: number; lon: number } | null;
  municipalityId: number;
  availability: readonly AvailabilitySlot[];
  sponsorGender: Gender | null;
  interpreter: boolean;
  involvesMinors: boolean;
  /** Optional wish for the sponsor's age (years); absent or null: no wish. */
  sponsorAge?: { min?: number | null; max?: number | null } | null;
  /** Family and mother requests: ages of the children (empty: none). */
  childrenAges?: readonly number[];
  /** Learning requests: the pupil's subjects and grade. */
  pupil?: { subjects: readonly SchoolSubject[]; grade: number } | null;
}

/** What scoring needs to know about a volunteer. */
export interface VolunteerFacts {
  id: string;
  status: VolunteerStatus;
  languages: readonly LanguageSkill[];
  location: { lat: number; lon: number } | null;
  municipalityId: number | null;
  availability: readonly AvailabilitySlot[];
  gender: Gender | null;
  interests: readonly Interest[];
  skills: readonly Skill[];
  capacity: number;
  /** Places already taken (proposed … closing). */
  occupied: number;
  policeCertificate: PoliceCertificateState;
  /** Age in years on the day of matching; null when the date of birth is unknown. */
  age?: number | null;
}

export const DEFAULT_WEIGHTS: MatchWeights = { language: 8, distance: 5, availability: 6, interests: 4, preferences: 5, lifeStage: 3, capacity: 2 };
