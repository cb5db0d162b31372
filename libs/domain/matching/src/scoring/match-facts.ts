import type { AvailabilitySlot, Gender, GermanLevel, Interest, LanguageSkill, PoliceCertificateState, Skill, SponsorshipKind, VolunteerStatus } from '@miteinander/contracts';

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
}

export const MATCH_FACTORS = ['language', 'distance', 'availability', 'interests', 'preferences', 'capacity'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

/** Coordinators' weights per factor, 0–10 each, not all zero. */
export type MatchWeights = Record<MatchFactor, number>;

export const DEFAULT_WEIGHTS: MatchWeights = { language: 8, distance: 5, availability: 6, interests: 4, preferences: 5, capacity: 2 };
