import type { AvailabilitySlot, Gender, LanguageLevel, LanguageSkill } from './volunteers';

/** Family sponsorship, mother sponsorship (a volunteer for a mother with young children), learning sponsorship (a pupil). */
export const SPONSORSHIP_KINDS = ['family', 'mother', 'learning'] as const;
export type SponsorshipKind = (typeof SPONSORSHIP_KINDS)[number];

/** The lifecycle, in order. The allowed moves between them live in domain-sponsorships. */
export const SPONSORSHIP_STATES = ['inquiry', 'intake', 'ready_to_match', 'match_proposed', 'intro_meeting', 'trial', 'active', 'closing', 'closed'] as const;
export type SponsorshipState = (typeof SPONSORSHIP_STATES)[number];

/** The request waits for a volunteer (waiting list). */
export const WAITING_STATES: readonly SponsorshipState[] = ['inquiry', 'intake', 'ready_to_match'];
/** A volunteer is proposed or paired: each of these takes one place of the volunteer's capacity. */
export const OCCUPYING_STATES: readonly SponsorshipState[] = ['match_proposed', 'intro_meeting', 'trial', 'active', 'closing'];
/** Check-ins are recorded in these states (trial review, regular check-ins, closing talk). */
export const CHECK_IN_STATES: readonly SponsorshipState[] = ['trial', 'active', 'closing'];
/** The volunteer may log hours against a sponsorship from the intro meeting on. */
export const HOURS_STATES: readonly SponsorshipState[] = ['intro_meeting', 'trial', 'active', 'closing', 'closed'];

export const END_REASONS = ['goal_reached', 'conflict', 'lack_of_time', 'moved_away', 'departure', 'no_contact', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const CHECK_IN_MOODS = ['good', 'okay', 'difficult'] as const;
export type CheckInMood = (typeof CHECK_IN_MOODS)[number];

/** Which talk a check-in was: the review at the end of the trial, a regular one, or the closing talk. */
export const CHECK_IN_KINDS = ['trial_review', 'regular', 'closing_talk'] as const;
export type CheckInKind = (typeof CHECK_IN_KINDS)[number];

/** The family's or pupil's German: none yet, or a CEFR level. */
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const satisfies readonly ('none' | LanguageLevel)[];
export type GermanLevel = (typeof GERMAN_LEVELS)[number];

export const SCHOOL_TYPES = ['grundschule', 'oberschule', 'gymnasium', 'foerderschule', 'berufsschule', 'other'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SCHOOL_SUBJECTS = ['german', 'math', 'english', 'science', 'social_studies', 'other_languages', 'homework'] as const;
export type SchoolSubject = (typeof SCHOOL_SUBJECTS)[number];

/** Contact details of the family or pupil: shown to the volunteer only after both sides agreed at the intro meeting. */
export interface BeneficiaryContact {
  phone: string | null;
  email: string | null;
  /** Street, postal code and town in one line. */
  address: string | null;
}

/** A learning sponsorship's pupil. Pupils under 18 need the guardian's consent before anything is stored. */
export interface PupilDetails {
  /** Years; null when unknown (then treated as a minor). */
  age: number | null;
  /** 1–13 */
  grade: number;
  schoolType: SchoolType;
  subjects: SchoolSubject[];
  /** Teacher or school social worker, e.g. "Frau Lehmann, Oberschule Grimma, 03437 1234". */
  schoolContact: string | null;
}

export interface GuardianConsent {
  /** Name of the parent or guardian who consented. */
  givenBy: string;
  /** yyyy-mm-dd, not in the future */
  date: string;
}

/** The range a wish for the sponsor's age may name (years). */
export const SPONSOR_AGE_MIN = 16;
export const SPONSOR_AGE_MAX = 99;

export interface SponsorshipPreferences {
  /** Wished gender of the sponsor; null: no preference. */
  sponsorGender: Gender | null;
  /** An interpreter or contact person can help when no language is shared. */
  interpreter: boolean;
  /** Name and how to reach the contact person or interpreter. */
  contactPerson: string | null;
  /** Wished age range of the sponsor in years (16–99, min ≤ max); null: no wish on that side. */
  sponsorAgeMin: number | null;
  sponsorAgeMax: number | null;
}

/**
 * POST /api/v1/sponsorships: a coordinator records a request for a family (kinds family, mother) or a pupil (learning).
 * Families and pupils have no account. Family requests give `adults` and `childrenAges`; learning requests give `pupil`
 * and, for a pupil under 18, `guardianConsent`.
 */
export interface CreateSponsorshipRequest {
  kind: SponsorshipKind;
  /** How staff refer to the family or pupil, e.g. "Familie Haddad" or "Amina H." */
  name: string;
  municipalityId: number;
  /** Languages spoken by the family or pupil (ISO 639-1), with level. */
  languages: LanguageSkill[];
  germanLevel: GermanLevel;
  /** Needs and goals, in the coordinator's words. */
  needs: string;
  availability?: AvailabilitySlot[];
  preferences?: Partial<SponsorshipPreferences>;
  contact?: Partial<BeneficiaryContact>;
  /** Family and mother sponsorships: adults in the household (1–10). */
  adults?: number;
  /** Family and mother sponsorships: ages of the children (0–17), one number per child. */
  childrenAges?: number[];
  pupil?: PupilDetails;
  guardianConsent?: GuardianConsent | null;
  /** Internal notes (never shown to the volunteer). */
  notes?: string | null;
  /** Planned duration; defaults per kind (12 months; learning 6). */
  plannedMonths?: number;
  /** Responsible coordinator (user id); defaults to the one who records the request. */
  coordinatorId?: string;
}

/** PATCH /api/v1/sponsorships/:id: the request's data; the kind and the state are not changed here. */
export type UpdateSponsorshipRequest = Partial<Omit<CreateSponsorshipRequest, 'kind'>>;

export interface PersonRef {
  id: string;
  name: string;
}

export interface SponsorshipListItem {
  id: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  name: string;
  municipalityId: number;
  municipalityName: string;
  languages: LanguageSkill[];
  germanLevel: GermanLevel;
  /** Children under 18 in the family, or a pupil under 18: only volunteers with a valid police certificate. */
  involvesMinors: boolean;
  volunteer: PersonRef | null;
  coordinator: PersonRef | null;
  /** When the request was recorded (ISO timestamp). */
  requestedAt: string;
  /** Days since the request was recorded, while it waits for a volunteer; null otherwise. */
  waitingDays: number | null;
  /** yyyy-mm-dd */
  trialStart: string | null;
  /** yyyy-mm-dd: trial start + planned months */
  plannedEnd: string | null;
  /** yyyy-mm-dd: the next talk that is due (trial review, then regular check-ins). */
  nextCheckInDue: string | null;
  checkInOverdue: boolean;
  /** yyyy-mm-dd */
  endDate: string | null;
  endReason: EndReason | null;
}

export interface SponsorshipTransitionView {
  from: SponsorshipState | null;
  to: SponsorshipState;
  at: string;
  byName: string | null;
  /** E.g. why a volunteer declined or why the request was closed. */
  reason: string | null;
  /** The volunteer proposed, declining or paired in this step. */
  volunteer: PersonRef | null;
}

export interface CheckInView {
  id: string;
  kind: CheckInKind;
  /** yyyy-mm-dd: when the talk took place */
  date: string;
  mood: CheckInMood;
  note: string;
  nextStep: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface SponsorshipView extends SponsorshipListItem {
  needs: string;
  availability: AvailabilitySlot[];
  preferences: SponsorshipPreferences;
  contact: BeneficiaryContact;
  adults: number | null;
  childrenAges: number[];
  pupil: PupilDetails | null;
  guardianConsent: GuardianConsent | null;
  notes: string | null;
  plannedMonths: number;
  /** yyyy-mm-dd */
  introMeetingDate: string | null;
  /** When both sides agreed at the intro meeting to exchange contact details; null before. */
  contactsSharedAt: string | null;
  /** 4–12 */
  trialWeeks: number;
  closingNote: string | null;
  /** The closed sponsorship this request re-matches. */
  rematchOf: string | null;
  /** The request created from this one by "re-match". */
  rematchedAs: string | null;
  /** The states this sponsorship may move to now (guards still apply). */
  allowedNext: SponsorshipState[];
  transitions: SponsorshipTransitionView[];
  checkIns: CheckInView[];
  updatedAt: string;
}

/**
 * POST /api/v1/sponsorships/:id/transitions. `to` names the next state; the fields each step needs:
 * - match_proposed: volunteerId
 * - ready_to_match from match_proposed/intro_meeting: reason (why the volunteer or the family declined)
 * - intro_meeting: introMeetingDate
 * - trial: bothAgreed = true (recorded at the intro meeting), trialStart, optionally trialWeeks (4–12)
 * - closed: endDate, endReason, closingNote (required for "other")
 * An illegal move is a 409 naming the allowed next states; a missing or wrong field a 400 naming the field.
 */
export interface SponsorshipTransitionRequest {
  to: SponsorshipState;
  volunteerId?: string;
  reason?: string;
  introMeetingDate?: string;
  bothAgreed?: boolean;
  trialStart?: string;
  trialWeeks?: number;
  endDate?: string;
  endReason?: EndReason;
  closingNote?: string;
}

/** POST /api/v1/sponsorships/:id/check-ins; the kind follows from the state (trial review, regular, closing talk). */
export interface RecordCheckInRequest {
  /** yyyy-mm-dd: not before the trial start, not in the future */
  date: string;
  mood: CheckInMood;
  note: string;
  nextStep?: string | null;
}

/** Which list: waiting for a volunteer, running (proposed … closing), ending within the next weeks, closed, or all. */
export const SPONSORSHIP_LIST_VIEWS = ['waiting', 'running', 'ending_soon', 'closed', 'all'] as const;
export type SponsorshipListView = (typeof SPONSORSHIP_LIST_VIEWS)[number];

export const SPONSORSHIP_SORT_FIELDS = ['requestedAt', 'name', 'municipality', 'nextCheckInDue', 'plannedEnd'] as const;
export type SponsorshipSortField = (typeof SPONSORSHIP_SORT_FIELDS)[number];

/** GET /api/v1/sponsorships (and /export?format=csv|xlsx with the same filters). The waiting list sorts by waiting time. */
export interface SponsorshipListQuery {
  page?: number;
  pageSize?: number;
  view?: SponsorshipListView;
  sort?: SponsorshipSortField;
  direction?: 'asc' | 'desc';
  kind?: SponsorshipKind;
  state?: SponsorshipState;
  municipalityId?: number;
  volunteerId?: string;
  coordinatorId?: string;
  /** Only sponsorships whose check-in is overdue. */
  overdue?: boolean;
  /** Part of the family's or pupil's name, or of the volunteer's name. */
  q?: string;
}

/** GET /api/v1/sponsorships/check-ins/overdue: for the coordinator's start page, the longest overdue first. */
export interface OverdueCheckInItem {
  sponsorshipId: string;
  name: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  volunteer: PersonRef | null;
  coordinator: PersonRef | null;
  /** The signed-in coordinator is responsible. */
  mine: boolean;
  dueDate: string;
  daysOverdue: number;
}

/** GET /api/v1/sponsorships/mine: what a volunteer sees of their own sponsorships (proposed, running and closed). */
export interface OwnSponsorshipView {
  id: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  name: string;
  municipalityName: string;
  languages: LanguageSkill[];
  germanLevel: GermanLevel;
  needs: string;
  availability: AvailabilitySlot[];
  childrenAges: number[];
  pupil: Pick<PupilDetails, 'grade' | 'schoolType' | 'subjects'> | null;
  introMeetingDate: string | null;
  trialStart: string | null;
  plannedEnd: string | null;
  nextCheckInDue: string | null;
  endDate: string | null;
  /** Null until both sides agreed at the intro meeting. */
  contact: BeneficiaryContact | null;
  coordinator: PersonRef | null;
  /** The volunteer may decline while the match is only proposed. */
  canDecline: boolean;
  /** Hours can be logged against it. */
  canLogHours: boolean;
}

/** POST /api/v1/sponsorships/mine/:id/decline: the proposed volunteer says no; the request goes back to the waiting list. */
export interface DeclineProposalRequest {
  reason: string;
}
