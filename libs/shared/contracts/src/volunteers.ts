import type { MailLocale } from './mail';

/** A volunteer's path through the centre; `left` is kept for history and statistics. */
export const VOLUNTEER_STATUSES = ['interested', 'intake_done', 'active', 'paused', 'left'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export interface LanguageSkill {
  /** ISO 639-1 code, e.g. "de", "ar", "uk". */
  code: string;
  level: LanguageLevel;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
/** Weekday × part of day, e.g. "tue-evening". */
export type AvailabilitySlot = `${Weekday}-${DayPart}`;
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as AvailabilitySlot));

export const GENDERS = ['female', 'male', 'diverse'] as const;
export type Gender = (typeof GENDERS)[number];

/** Skills and interests are chosen from fixed lists so they can be filtered and matched. */
export const SKILLS = [
  'tutoring', 'german_teaching', 'translation', 'accompaniment', 'childcare', 'administration', 'job_search',
  'housing_search', 'it', 'crafts', 'sports', 'music', 'cooking', 'driving',
] as const;
export type Skill = (typeof SKILLS)[number];
export const INTERESTS = ['family_sponsorship', 'mother_sponsorship', 'learning_sponsorship', 'events', 'language_cafe', 'leisure', 'counselling'] as const;
export type Interest = (typeof INTERESTS)[number];

/** Competences printed on the certificate (Ehrenamtsnachweis), from a fixed list. */
export const COMPETENCES = [
  'communication', 'intercultural', 'teamwork', 'reliability', 'organisation', 'empathy', 'conflict_resolution', 'teaching', 'responsibility',
] as const;
export type Competence = (typeof COMPETENCES)[number];

export const CONSENT_PURPOSES = ['placement', 'contact_sharing', 'newsletter', 'photos'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Police certificate (§72a SGB VIII) as shown in lists: `missing` (no inspection recorded), `valid`,
 * `reinspection_due` (within the reminder window before expiry), `expired`, `relevant_entry` (not eligible for minors).
 */
export const POLICE_CERTIFICATE_STATES = ['missing', 'valid', 'reinspection_due', 'expired', 'relevant_entry'] as const;
export type PoliceCertificateState = (typeof POLICE_CERTIFICATE_STATES)[number];

export interface PoliceCertificateInput {
  /** yyyy-mm-dd */
  inspectionDate: string;
  /** yyyy-mm-dd; at most 3 months (configurable) before the inspection. */
  issueDate: string;
  relevantEntry: boolean;
  /** Who inspected the certificate (name of the staff member). */
  inspector: string;
}

/** Only the facts of the inspection; the document itself is never uploaded or stored. */
export interface PoliceCertificateView extends PoliceCertificateInput {
  inspected: true;
  /** issue date + validity (5 years by default) */
  validUntil: string;
  state: PoliceCertificateState;
  recordedAt: string;
}

export interface ConsentView {
  purpose: ConsentPurpose;
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
}

export interface TrainingView {
  id: string;
  title: string;
  /** yyyy-mm-dd */
  date: string;
  minutes: number | null;
}

export interface StatusChangeView {
  from: VolunteerStatus | null;
  to: VolunteerStatus;
  reason: string;
  at: string;
  byName: string | null;
}

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface VolunteerListItem {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  municipalityId: number | null;
  municipalityName: string | null;
  languages: LanguageSkill[];
  skills: Skill[];
  status: VolunteerStatus;
  policeCertificate: { state: PoliceCertificateState; validUntil: string | null };
  createdAt: string;
}

export interface VolunteerView extends VolunteerListItem {
  userId: string | null;
  /** yyyy-mm-dd */
  dateOfBirth: string | null;
  gender: Gender | null;
  /** Language for emails (also uk/ru/fa). */
  mailLocale: MailLocale;
  interests: Interest[];
  competences: Competence[];
  availability: AvailabilitySlot[];
  /** Maximum number of concurrent sponsorships. */
  capacity: number;
  /** Employed ≥ 20 h/week, or in training or study (reduced card threshold). */
  employedOrInTraining: boolean;
  /** Free text: e.g. "prefers women", "no pets". */
  preferences: string | null;
  notes: string | null;
  organisations: OrganisationRef[];
  consents: ConsentView[];
  trainings: TrainingView[];
  statusHistory: StatusChangeView[];
  policeCertificateRecord: PoliceCertificateView | null;
  updatedAt: string;
}

/** Enough to record someone met at an info evening; everything else later. */
export interface QuickCreateVolunteerRequest {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  municipalityId: number;
  languages: LanguageSkill[];
}

/** Every field optional: a PATCH. Volunteers editing themselves cannot change status or notes. */
export interface UpdateVolunteerRequest {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: string | null;
  gender?: Gender | null;
  mailLocale?: MailLocale;
  municipalityId?: number;
  languages?: LanguageSkill[];
  skills?: Skill[];
  interests?: Interest[];
  competences?: Competence[];
  availability?: AvailabilitySlot[];
  capacity?: number;
  employedOrInTraining?: boolean;
  preferences?: string | null;
  notes?: string | null;
  organisationIds?: string[];
}

export interface ChangeVolunteerStatusRequest {
  status: VolunteerStatus;
  reason: string;
}

export interface SetConsentRequest {
  purpose: ConsentPurpose;
  given: boolean;
  textVersion: string;
}

export interface AddTrainingRequest {
  title: string;
  date: string;
  minutes?: number;
}

export const VOLUNTEER_SORT_FIELDS = ['lastName', 'municipality', 'status', 'createdAt'] as const;
export type VolunteerSortField = (typeof VOLUNTEER_SORT_FIELDS)[number];

/** GET /api/v1/volunteers query: every filter optional, combined with AND. */
export interface VolunteerListQuery {
  page?: number;
  pageSize?: number;
  sort?: VolunteerSortField;
  direction?: 'asc' | 'desc';
  /** Part of first/last name, email or phone. */
  q?: string;
  municipalityId?: number;
  /** ISO 639-1 code */
  language?: string;
  skill?: Skill;
  status?: VolunteerStatus;
  /** Available in this slot, e.g. "tue-evening". */
  availability?: AvailabilitySlot;
  policeCertificate?: PoliceCertificateState;
  organisationId?: string;
}
