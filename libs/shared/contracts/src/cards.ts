import type { PersonRef } from './sponsorships';

/**
 * Honorary card (Ehrenamtskarte). Rule sets are versioned data (domain.md "Ehrenamtskarte"): every number
 * below is a parameter of a rule-set version, never a constant in code. Hours are minutes, money cents.
 */

/** Over which stretch of time approved hours are counted. */
export type CardHoursWindow =
  /** The previous full calendar year, or the current one (then the hours must be reached by 31 December). */
  | { kind: 'calendarYear' }
  /** The last N months up to today. A yearly threshold is scaled to N/12. */
  | { kind: 'rollingMonths'; months: number };

export interface CardHoursRule {
  window: CardHoursWindow;
  /** Approved minutes per year; null when the rule has no yearly threshold. */
  minutesPerYear: number | null;
  /** The lower yearly threshold for people employed ≥ 20 h/week or in training/study; null = no reduction. */
  reducedMinutesPerYear: number | null;
  /** Average approved minutes per week over the window; null when not part of the rule. Either threshold suffices. */
  minutesPerWeek: number | null;
}

export const CARD_RESIDENCE_RULES = ['none', 'county', 'countyOrVolunteering'] as const;
/** `county`: main residence in the county; `countyOrVolunteering`: residence there or volunteering there (approved hours). */
export type CardResidenceRule = (typeof CARD_RESIDENCE_RULES)[number];

export type CardValidity =
  | { kind: 'months'; months: number }
  /** A fixed edition: every card ends on this date (yyyy-mm-dd); none is issued after it. */
  | { kind: 'fixedEnd'; endDate: string }
  | { kind: 'lifetime' };

export interface CardRuleParameters {
  minAge: number | null;
  /** Months since the first approved activity. */
  minMonthsActive: number;
  hours: CardHoursRule;
  /** The card is for unpaid volunteering: a higher allowance (Aufwandsentschädigung) excludes. null = no limit. */
  maxAllowanceCentsPerMonth: number | null;
  maxAllowanceCentsPerYear: number | null;
  residence: CardResidenceRule;
  validity: CardValidity;
  /** Cards per calendar year; null = no quota. Approved applications beyond it wait in order of receipt. */
  yearlyQuota: number | null;
  /** Card numbers start with it, e.g. "LL" → LL-2026-00042. */
  numberPrefix: string;
}

/** GET /api/v1/cards/rule-sets: the version in force of each rule set, plus its history. */
export interface CardRuleSetView {
  id: string;
  code: string;
  name: string;
  version: number;
  /** yyyy-mm-dd: this version applies to applications from this day on. */
  effectiveFrom: string;
  parameters: CardRuleParameters;
  /** The rule set the county uses (CARD_RULE_SET). */
  isCountyDefault: boolean;
  createdAt: string;
  createdBy: string | null;
}

/** POST /api/v1/cards/rule-sets/:code/versions (admin): a new version; earlier ones stay for the applications decided under them. */
export interface CreateCardRuleVersionRequest {
  name: string;
  effectiveFrom: string;
  parameters: CardRuleParameters;
}

export const CARD_INELIGIBILITY_REASONS = ['age', 'dateOfBirthMissing', 'monthsActive', 'hours', 'residence', 'allowance'] as const;
export type CardIneligibilityReason = (typeof CARD_INELIGIBILITY_REASONS)[number];

/** One unmet condition with the numbers for the sentence, e.g. hours {missingMinutes: 2280, by: '2026-12-31'}. */
export interface CardReasonView {
  reason: CardIneligibilityReason;
  params: Record<string, string | number | null>;
}

export interface CardEligibilityView {
  eligible: boolean;
  ruleSet: { code: string; name: string; version: number };
  /** Unmet conditions, the main one first; empty when eligible. */
  reasons: CardReasonView[];
  /** The figures the decision was made on. */
  facts: {
    age: number | null;
    monthsActive: number;
    activeSince: string | null;
    countedMinutes: number;
    requiredMinutes: number | null;
    windowFrom: string;
    windowTo: string;
    /** Approved minutes per week over the last 90 days: the pace the projection assumes. */
    recentMinutesPerWeek: number;
  };
  /** At the recent pace, the day all conditions are met; null when eligible now or not reachable at this pace. */
  projectedEligibleOn: string | null;
  /** The volunteer's open (or latest) application, and their current card, if any. */
  application: OwnCardApplication | null;
  card: CardSummary | null;
}

/** The volunteer's own application as they see it (the same as the status link shows). */
export interface OwnCardApplication extends PublicCardApplicationStatus {
  id: string;
}

export const CARD_REPORT_GROUPS = ['eligible', 'soon', 'notEligible'] as const;
/** soon: at the recent pace, eligible within 3 months. */
export type CardReportGroup = (typeof CARD_REPORT_GROUPS)[number];

export const CARD_REPORT_SORT_FIELDS = ['name', 'countedMinutes', 'activeSince', 'projectedEligibleOn'] as const;
export type CardReportSortField = (typeof CARD_REPORT_SORT_FIELDS)[number];

/** GET /api/v1/cards/eligibility (and /export?format=csv|xlsx with the same filters). */
export interface CardReportQuery {
  page?: number;
  pageSize?: number;
  group?: CardReportGroup;
  reason?: CardIneligibilityReason;
  municipalityId?: number;
  q?: string;
  sort?: CardReportSortField;
  direction?: 'asc' | 'desc';
}

export interface CardReportRow {
  volunteer: PersonRef;
  municipalityName: string | null;
  group: CardReportGroup;
  /** The main reason when not eligible. */
  mainReason: CardReasonView | null;
  countedMinutes: number;
  requiredMinutes: number | null;
  activeSince: string | null;
  projectedEligibleOn: string | null;
  /** Already has a valid card or an open application. */
  hasCard: boolean;
  hasOpenApplication: boolean;
}

export interface CardReport {
  items: CardReportRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Over all volunteers (not only the filtered ones), for the chart. */
  counts: Record<CardReportGroup, number>;
  ruleSet: { code: string; name: string; version: number };
}

export const CARD_APPLICATION_STATUSES = ['awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota', 'issued', 'rejected', 'withdrawn'] as const;
/**
 * awaiting_confirmation: organisations still have to confirm; ready_for_decision: all confirmed (or none needed);
 * waiting_for_quota: approved, the year's quota is used up, waits in order of receipt; issued: a card exists.
 */
export type CardApplicationStatus = (typeof CARD_APPLICATION_STATUSES)[number];

export const CARD_CONFIRMATION_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type CardConfirmationStatus = (typeof CARD_CONFIRMATION_STATUSES)[number];

export interface CardConfirmationView {
  id: string;
  organisation: PersonRef;
  /** Approved minutes logged at that organisation in the rule's window. */
  minutes: number;
  status: CardConfirmationStatus;
  reason: string | null;
  decidedAt: string | null;
  /** false when the organisation has no contact with an email: a coordinator confirms by phone and records it. */
  contactEmailed: boolean;
}

export interface CardSummary {
  id: string;
  cardNumber: string;
  validFrom: string;
  /** null = lifetime */
  validUntil: string | null;
  state: CardState;
}

export const CARD_STATES = ['valid', 'expired', 'revoked'] as const;
export type CardState = (typeof CARD_STATES)[number];

export interface CardApplicationListItem {
  id: string;
  volunteer: PersonRef;
  status: CardApplicationStatus;
  receivedAt: string;
  /** Not eligible by the rules when submitted: a coordinator applied on the volunteer's behalf anyway. */
  flaggedNotEligible: boolean;
  confirmationsPending: number;
  /** Place in the quota queue (1 = next), when waiting for quota. */
  queuePosition: number | null;
  card: CardSummary | null;
}

export interface CardApplicationView extends CardApplicationListItem {
  ruleSet: { code: string; name: string; version: number };
  /** The eligibility check when submitted (advisory): the coordinator has the last word. */
  eligibilityAtSubmission: CardEligibilityView;
  /** Checked again now, with the hours approved since. */
  eligibilityNow: CardEligibilityView;
  confirmations: CardConfirmationView[];
  declaredAllowanceCentsPerMonth: number | null;
  note: string | null;
  createdBy: PersonRef | null;
  decision: { approved: boolean; reason: string | null; decidedAt: string; decidedBy: PersonRef | null; overrodeEligibility: boolean } | null;
  withdrawnAt: string | null;
  renewalOf: string | null;
}

export const CARD_APPLICATION_SORT_FIELDS = ['receivedAt', 'name', 'status'] as const;
export type CardApplicationSortField = (typeof CARD_APPLICATION_SORT_FIELDS)[number];

/** GET /api/v1/cards/applications */
export interface CardApplicationListQuery {
  page?: number;
  pageSize?: number;
  status?: CardApplicationStatus;
  q?: string;
  sort?: CardApplicationSortField;
  direction?: 'asc' | 'desc';
}

/**
 * POST /api/v1/me/card/applications (volunteer, only when eligible) and POST /api/v1/cards/applications (coordinator,
 * with volunteerId; allowed when not eligible, then flagged).
 */
export interface CreateCardApplicationRequest {
  volunteerId?: string;
  declaredAllowanceCentsPerMonth?: number | null;
  note?: string | null;
  /** The card this application renews (from the expiry reminder's link). */
  renewalOf?: string | null;
}

/** POST /api/v1/cards/applications/:id/decision */
export interface CardDecisionRequest {
  approve: boolean;
  /** Required when rejecting, and when approving against the eligibility check. */
  reason?: string | null;
}

/** POST /api/v1/cards/applications/:id/confirmations/:confirmationId (coordinator records a confirmation by phone). */
export interface RecordConfirmationRequest {
  confirm: boolean;
  reason?: string | null;
}

/** POST /api/v1/cards/:id/revoke */
export interface RevokeCardRequest {
  reason: string;
}

/** GET /api/v1/public/card-confirmations?token= : what an organisation contact sees (no account). */
export interface PublicCardConfirmationView {
  organisationName: string;
  /** Initial of the last name only, e.g. "Anna M." */
  volunteerName: string;
  minutes: number;
  windowFrom: string;
  windowTo: string;
  status: CardConfirmationStatus;
  reason: string | null;
}

/** POST /api/v1/public/card-confirmations?token= */
export interface PublicCardConfirmationRequest {
  confirm: boolean;
  reason?: string | null;
}

/** GET /api/v1/public/card-applications/status?token= : the applicant's status link (no account). */
export interface PublicCardApplicationStatus {
  status: CardApplicationStatus;
  receivedAt: string;
  confirmationsTotal: number;
  confirmationsDone: number;
  queuePosition: number | null;
  rejectionReason: string | null;
  card: CardSummary | null;
  canWithdraw: boolean;
}

/** GET /api/v1/public/cards/verify?code= : what the QR code shows. Unknown codes answer `unknown`, nothing else. */
export interface CardVerification {
  state: CardState | 'unknown';
  validUntil: string | null;
  /** e.g. "A. M."; null when unknown. */
  initials: string | null;
}
