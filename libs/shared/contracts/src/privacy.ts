/**
 * Data-protection requests (DSGVO Art. 15 access, Art. 17 erasure) and the person's own data export.
 *
 * Staff (coordinator, admin):
 *   GET  /api/v1/privacy/requests?status=open|done&page&pageSize      → Page<PrivacyRequestView> (oldest due first)
 *   POST /api/v1/privacy/requests        PrivacyRequestInput           → PrivacyRequestView (201)
 *   GET  /api/v1/privacy/requests/:id                                  → PrivacyRequestView
 *   GET  /api/v1/privacy/requests/:id/export.json | export.pdf        → the subject's data (read audit with purpose)
 *   POST /api/v1/privacy/requests/:id/erase  {confirmName}             → ErasureResult (erases or anonymises, marks done)
 *   POST /api/v1/privacy/requests/:id/close  {note}                    → PrivacyRequestView (access answered / rejected)
 * The person themselves (any signed-in user):
 *   GET  /api/v1/privacy/me/export.json | export.pdf                  → their own data
 *   POST /api/v1/privacy/me/erasure-request {note?}                    → PrivacyRequestView (logged for the coordinators)
 */

export const PRIVACY_REQUEST_KINDS = ['access', 'erasure'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

/** Whose data: a volunteer profile, a user account (applicants, staff), or a family/pupil recorded by coordinators. */
export const PRIVACY_SUBJECT_TYPES = ['volunteer', 'user', 'beneficiary'] as const;
export type PrivacySubjectType = (typeof PRIVACY_SUBJECT_TYPES)[number];

export const PRIVACY_REQUEST_STATUSES = ['open', 'done', 'rejected'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

export interface PrivacyRequestInput {
  kind: PrivacyRequestKind;
  subjectType: PrivacySubjectType;
  subjectId: string;
  /** yyyy-mm-dd: when the request reached the county (the one-month deadline counts from here). */
  receivedOn: string;
  /** How it came in, e.g. "Brief vom 02.12.", at most 2000 characters. */
  note?: string;
}

export interface PrivacyRequestView {
  id: string;
  kind: PrivacyRequestKind;
  subjectType: PrivacySubjectType;
  /** null once erased. */
  subjectId: string | null;
  /** The person's name while known, "gelöscht" after erasure. */
  subjectLabel: string;
  receivedOn: string;
  /** receivedOn + 1 month (Art. 12(3) DSGVO). */
  dueOn: string;
  status: PrivacyRequestStatus;
  /** Who logged it: a coordinator, or the person themselves. */
  loggedBy: 'staff' | 'self';
  note: string | null;
  doneAt: string | null;
  outcome: string | null;
}

export interface ErasureResult {
  requestId: string;
  /** Rows per table that were deleted or anonymised. */
  erased: Record<string, number>;
  /** Records kept because a retention duty applies, with the date they will be erased, e.g. micro-project files. */
  kept: { table: string; count: number; until: string }[];
}

export interface ErasureInput {
  /** Must equal the subject's current display name (subjectLabel): erasure cannot be undone. */
  confirmName: string;
}

export interface PrivacyRequestCloseInput {
  /** The answer given, e.g. "Auskunft per Post am 05.12. versandt", at most 2000 characters. */
  note: string;
  /** True when the request is refused (e.g. identity not confirmed): status `rejected` instead of `done`. */
  rejected?: boolean;
}

export interface OwnErasureRequestInput {
  note?: string;
}

/** Why an export was made: answering a logged request, or the person downloading their own data. */
export type PersonalDataExportPurpose = 'access_request' | 'self_export';

/** GET …/export.json: everything stored about one person, grouped by table. */
export interface PersonalDataExport {
  subject: { type: PrivacySubjectType; id: string; label: string };
  generatedAt: string;
  purpose: PersonalDataExportPurpose;
  /** Rows about the person, per table (column names as stored). */
  tables: Record<string, Record<string, unknown>[]>;
  /** Records the person worked on as staff or reviewer: only how many, since they are about other people. */
  actions: { table: string; column: string; count: number }[];
  /** Columns left out on purpose (password hashes, token hashes, mail bodies with links), per table. */
  omitted: Record<string, string[]>;
}
