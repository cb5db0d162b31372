import type { PersonRef } from './sponsorships';

/**
 * Micro-project funding (Mikroprojekte), domain.md "Micro-project funding". Money is integer cents, dates
 * yyyy-mm-dd. All routes below are under /api/v1.
 */

export const FIELDS_OF_ACTION = ['language', 'education', 'work', 'cohesion'] as const;
/** Sprache, Bildung, Arbeit, Gesellschaftlicher Zusammenhalt. */
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number];

export const GRANT_CALL_STATUSES = ['draft', 'open', 'paused', 'closed'] as const;
export type GrantCallStatus = (typeof GRANT_CALL_STATUSES)[number];

/** A project area inside a field of action, e.g. "Sprachkurs" under Sprache. A language course has its own lower limit. */
export interface GrantProjectArea {
  /** Short stable key, [a-z0-9-]{1,40}. */
  code: string;
  label: string;
  fieldOfAction: FieldOfAction;
  languageCourse: boolean;
}

/** An assessment criterion; weights are whole numbers (their sum need not be 100). Points per criterion: 0–5. */
export interface GrantCriterion {
  code: string;
  label: string;
  weight: number;
}

export const GRANT_MAX_POINTS = 5;

/** The editable part of a call (POST /grants/calls, PATCH /grants/calls/:id; coordinator, admin). */
export interface GrantCallInput {
  year: number;
  title: string;
  totalBudgetCents: number;
  /** Default 500000 (5,000 €). */
  maxPerProjectCents: number;
  /** Default 100000 (1,000 €). */
  maxPerLanguageCourseCents: number;
  /** Last day applications are accepted (default 31 October of the year). */
  deadline: string;
  /** The project must start at least this many days after the submission (default 14). */
  minLeadDays: number;
  fieldsOfAction: FieldOfAction[];
  projectAreas: GrantProjectArea[];
  criteria: GrantCriterion[];
  /** The final report is due this many months after the project's end (default 6). */
  reportMonths: number;
}

export interface GrantCallView extends GrantCallInput {
  id: string;
  status: GrantCallStatus;
  /** Shown to applicants while paused. */
  pauseReason: string | null;
  approvedCents: number;
  remainingCents: number;
  /** Applications past draft. */
  applicationCount: number;
  createdAt: string;
}

/** POST /grants/calls/:id/status {status:'open'|'paused'|'closed', reason?}: reason required for 'paused'. */
export interface GrantCallStatusRequest {
  status: Exclude<GrantCallStatus, 'draft'>;
  reason?: string;
}

/** GET /grants/calls/open (any signed-in user): calls an applicant can apply to or read about (open and paused). */
export type OpenGrantCall = Pick<GrantCallView, 'id' | 'year' | 'title' | 'status' | 'pauseReason' | 'deadline' | 'maxPerProjectCents' | 'maxPerLanguageCourseCents' | 'minLeadDays' | 'fieldsOfAction' | 'projectAreas'>;

export const APPLICANT_TYPES = ['private', 'initiative', 'association', 'welfare', 'church', 'municipality'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const COST_CATEGORIES = ['fees', 'material', 'travel', 'rent', 'catering', 'publicity', 'other'] as const;
/** Honorare, Sachkosten, Fahrtkosten, Raummiete, Verpflegung, Öffentlichkeitsarbeit, Sonstiges. */
export type CostCategory = (typeof COST_CATEGORIES)[number];

export interface CostLine {
  /** Client-made stable key ([a-z0-9-]{1,40}) so the final report can refer to the line. */
  id: string;
  category: CostCategory;
  description: string;
  amountCents: number;
}

/**
 * The applicant's form. Every field is optional while a draft: PATCH /grants/applications/:id saves whatever is
 * there (types and ranges are checked at once, completeness and rules at submission).
 */
export interface GrantApplicationData {
  applicantType?: ApplicantType;
  /** Name of the initiative / association (empty for a private person). */
  organisationName?: string;
  cooperatingOrganisation?: string;
  contactPhone?: string;
  title?: string;
  goals?: string;
  targetGroup?: string;
  fieldOfAction?: FieldOfAction;
  /** A code from the call's projectAreas. */
  projectArea?: string;
  /** A municipality id (GET /municipalities; one of them stands for "outside the county"). */
  municipalityId?: number;
  startDate?: string;
  endDate?: string;
  plannedRefugees?: number;
  plannedLocals?: number;
  costLines?: CostLine[];
  ownContributionCents?: number;
  otherFundingCents?: number;
  otherFundingSource?: string;
  /** Entered by the applicant; must equal costs − own contribution − other funding and stay within the call's limit. */
  requestedCents?: number;
  accountHolder?: string;
  iban?: string;
  /** Consent to show title, organisation, municipality, field, amount and the short description on the public page. */
  publicConsent?: boolean;
  /** Up to 500 characters, for the public page. */
  shortDescription?: string;
}

export const GRANT_APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'revision_requested',
  'in_review',
  'approved',
  'rejected',
  'payment_requested',
  'paid',
  'report_submitted',
  'report_corrections',
  'closed',
  'withdrawn',
] as const;
export type GrantApplicationStatus = (typeof GRANT_APPLICATION_STATUSES)[number];

/** One thing to fix before submission, or a coordinator's comment on a field; field paths like `costLines.2.amountCents`. */
export interface GrantFieldProblem {
  field: string;
  message: string;
}

export interface GrantAttachmentView {
  id: string;
  fileName: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  uploadedAt: string;
}

export interface GrantRevisionRequestView {
  version: number;
  /** Comments per field (field path → text); `general` for the whole application. */
  comments: Record<string, string>;
  requestedAt: string;
  requestedBy: PersonRef | null;
}

export interface GrantDecisionView {
  approved: boolean;
  amountCents: number | null;
  conditions: string | null;
  reason: string | null;
  decidedAt: string;
}

export interface GrantPaymentView {
  id: string;
  amountCents: number;
  requestedAt: string;
  /** yyyy-mm-dd, null while waiting. */
  paidOn: string | null;
}

export interface ActualCost {
  lineId: string;
  amountCents: number;
}

export interface Receipt {
  date: string;
  issuer: string;
  description: string;
  amountCents: number;
}

/** The final report (Verwendungsnachweis); PUT /grants/applications/:id/report saves a draft, POST …/report/submit files it. */
export interface GrantReportInput {
  narrative: string;
  actualCosts: ActualCost[];
  receipts: Receipt[];
  participantsRefugees: number;
  participantsLocals: number;
}

export interface GrantReportView extends GrantReportInput {
  status: 'draft' | 'submitted' | 'corrections_requested' | 'accepted';
  submittedAt: string | null;
  correctionComment: string | null;
  actualTotalCents: number;
  /** Paid minus what the actual costs justify (after own contribution and other funding), never negative. */
  toReturnCents: number;
}

/**
 * GET /grants/applications/:id: the applicant (own only, else 404) or a coordinator/admin. Bank details are
 * shown to the applicant and coordinators only; reviewers use the review routes.
 */
export interface GrantApplicationView {
  id: string;
  /** e.g. MP-2026-0007, given at the first submission. */
  reference: string | null;
  call: OpenGrantCall;
  applicant: PersonRef;
  status: GrantApplicationStatus;
  /** Submitted versions so far (0 while a first draft). */
  version: number;
  data: GrantApplicationData;
  /** Computed from the plan: costs − own contribution − other funding. */
  computedRequestCents: number;
  /** The limit that applies to the chosen project area. */
  limitCents: number;
  attachments: GrantAttachmentView[];
  /** The open revision request (status revision_requested), else the last one. */
  revision: GrantRevisionRequestView | null;
  decision: GrantDecisionView | null;
  payments: GrantPaymentView[];
  paidCents: number;
  /** yyyy-mm-dd, once approved. */
  reportDue: string | null;
  report: GrantReportView | null;
  submittedAt: string | null;
  updatedAt: string;
  /** What the person looking may do now. */
  can: {
    edit: boolean;
    submit: boolean;
    withdraw: boolean;
    requestPayment: boolean;
    fileReport: boolean;
    precheck: boolean;
    decide: boolean;
    markPaid: boolean;
    checkReport: boolean;
  };
}

export interface GrantApplicationListItem {
  id: string;
  reference: string | null;
  callId: string;
  callTitle: string;
  title: string | null;
  applicant: PersonRef;
  organisationName: string | null;
  municipalityId: number | null;
  fieldOfAction: FieldOfAction | null;
  status: GrantApplicationStatus;
  requestedCents: number | null;
  approvedCents: number | null;
  submittedAt: string | null;
  reportDue: string | null;
  updatedAt: string;
}

/**
 * GET /grants/applications (coordinator/admin): ?callId&status&q&page&pageSize&sort=submittedAt|title|requestedCents|status|reportDue&dir=asc|desc
 * GET /grants/my-applications (applicant): own, all states.
 * POST /grants/applications {callId} (applicant): a new draft → GrantApplicationView.
 * PATCH /grants/applications/:id {data: GrantApplicationData} (own, draft or revision_requested): autosave → GrantApplicationView.
 * POST /grants/applications/:id/submit → GrantApplicationView, or 400 with every GrantFieldProblem in `errors`.
 * POST /grants/applications/:id/withdraw (own, before decision).
 * POST /grants/applications/:id/attachments (multipart, field `file`) → GrantAttachmentView; 413 over the size limit,
 *   415 when the content is not PDF/JPEG/PNG whatever the name says.
 * GET /grants/applications/:id/attachments/:attachmentId (owner, coordinator, admin, reviewer without conflict) → the file.
 * DELETE /grants/applications/:id/attachments/:attachmentId (owner while editable).
 * GET /grants/applications/:id/versions → GrantVersionView[]; GET …/versions/diff?from=1&to=2 → GrantVersionDiff.
 * POST /grants/applications/:id/precheck GrantPrecheckRequest (coordinator; status submitted).
 * POST /grants/applications/:id/decision GrantDecisionRequest (coordinator; status in_review) → 409 when the budget cannot take it.
 * GET /grants/applications/:id/decision-letter (owner, coordinator) → PDF (Bescheid).
 * POST /grants/applications/:id/payments {amountCents} (own, approved or paid with money left) → GrantPaymentView.
 * POST /grants/applications/:id/payments/:paymentId/paid {paidOn} (coordinator).
 * PUT /grants/applications/:id/report GrantReportInput (own, after the first payment); POST …/report/submit.
 * POST /grants/applications/:id/report/check GrantReportCheckRequest (coordinator; report submitted).
 * GET /grants/applications/:id/scores (coordinator) → GrantScoreSheet.
 */
export interface GrantPrecheckRequest {
  decision: 'accept' | 'revise';
  /** For 'revise': at least one comment; keys are field paths or `general`. */
  comments?: Record<string, string>;
}

export interface GrantDecisionRequest {
  approve: boolean;
  /** For approval: 1 ≤ amount ≤ requested. */
  amountCents?: number;
  conditions?: string;
  /** Required for a rejection. */
  reason?: string;
}

export interface GrantReportCheckRequest {
  accept: boolean;
  /** Required when asking for corrections. */
  comment?: string;
}

export interface GrantVersionView {
  version: number;
  submittedAt: string;
  data: GrantApplicationData;
}

export interface GrantVersionDiff {
  from: number;
  to: number;
  changes: { field: string; before: unknown; after: unknown }[];
}

/** Reviewer routes (reviewer role; coordinators may hold it too). */
export interface GrantReviewListItem {
  applicationId: string;
  reference: string | null;
  callTitle: string;
  title: string | null;
  fieldOfAction: FieldOfAction | null;
  requestedCents: number | null;
  /** All criteria scored by me. */
  scored: boolean;
}

/**
 * GET /grants/reviews → GrantReviewListItem[] (in review, without those I declared a conflict on);
 * GET /grants/reviews/:applicationId → GrantReviewView (404 after a conflict declaration);
 * POST /grants/reviews/:applicationId/conflict {reason};
 * PUT /grants/reviews/:applicationId/scores {scores: GrantScoreInput[]} → 403 after a conflict declaration.
 */
export interface GrantReviewView {
  applicationId: string;
  reference: string | null;
  call: Pick<GrantCallView, 'id' | 'title' | 'criteria' | 'projectAreas'>;
  /** The form without bank details. */
  data: Omit<GrantApplicationData, 'iban' | 'accountHolder'>;
  attachments: GrantAttachmentView[];
  myScores: GrantScoreInput[];
}

export interface GrantScoreInput {
  criterion: string;
  /** 0–GRANT_MAX_POINTS */
  points: number;
  comment?: string;
}

export interface GrantScoreSheet {
  criteria: GrantCriterion[];
  reviewers: { reviewer: PersonRef; scores: GrantScoreInput[]; weighted: number | null; conflict: boolean; conflictReason: string | null }[];
  /** Per criterion over the reviewers who scored it. */
  perCriterion: { criterion: string; average: number | null; min: number | null; max: number | null; spread: number | null }[];
  weightedAverage: number | null;
}

/** GET /grants/calls/:id/ranking (coordinator): in review and decided, best weighted average first. */
export interface GrantRankingRow {
  applicationId: string;
  reference: string | null;
  title: string | null;
  organisationName: string | null;
  status: GrantApplicationStatus;
  requestedCents: number;
  approvedCents: number | null;
  weightedAverage: number | null;
  spread: number | null;
  reviewCount: number;
  /** Remaining budget after funding this and every row above it in full (negative when it would not fit). */
  remainingAfterCents: number;
}

export interface GrantRanking {
  call: GrantCallView;
  rows: GrantRankingRow[];
}

/**
 * Exports (coordinator): GET /grants/calls/:id/export/{applications|decisions|payments} → XLSX;
 * GET /grants/calls/:id/summary → PDF.
 * Public (no sign-in): GET /public/grants/projects?year= → FundedProject[] of closed calls, with consent only.
 */
export interface FundedProject {
  year: number;
  title: string;
  organisationName: string | null;
  municipality: string | null;
  fieldOfAction: FieldOfAction;
  approvedCents: number;
  shortDescription: string | null;
}
