/** `withdrawn`: taken back by the volunteer before a decision; kept for the audit trail, counted nowhere. */
export const HOUR_ENTRY_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type HourEntryStatus = (typeof HOUR_ENTRY_STATUSES)[number];

/** Suggestions the phone form offers as one-tap chips; any other text is allowed too. */
export const COMMON_ACTIVITIES = ['sponsorship_meeting', 'learning_support', 'accompaniment', 'translation', 'language_cafe', 'event', 'office', 'training'] as const;

export interface HourEntryView {
  id: string;
  volunteerId: string;
  volunteerName: string;
  organisationId: string | null;
  organisationName: string | null;
  /** The sponsorship the hours were spent in, if any. */
  sponsorshipId: string | null;
  /** yyyy-mm-dd (Europe/Berlin calendar date) */
  activityDate: string;
  /** Quarter-hour steps: 15, 30, 45, … */
  minutes: number;
  activity: string;
  note: string | null;
  status: HourEntryStatus;
  rejectionReason: string | null;
  decidedAt: string | null;
  /** Coordinator's name, or "organisation contact: <name>". */
  decidedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * POST /api/v1/hours. Volunteers log for themselves (volunteerId omitted); coordinators name the volunteer.
 * Send an `Idempotency-Key` header: a repeated submission returns the first entry instead of a second one.
 */
export interface CreateHourEntryRequest {
  volunteerId?: string;
  activityDate: string;
  minutes: number;
  activity: string;
  organisationId?: string | null;
  /** One of the volunteer's own sponsorships, from the intro meeting on (see OwnSponsorshipView.canLogHours). */
  sponsorshipId?: string | null;
  note?: string | null;
}

export type UpdateHourEntryRequest = Partial<Omit<CreateHourEntryRequest, 'volunteerId'>>;

export interface DecideHoursRequest {
  ids: string[];
  decision: 'approve' | 'reject';
  /** Required when rejecting. */
  reason?: string;
}

export interface DecideHoursResult {
  approved: number;
  rejected: number;
  /** Entries that were no longer waiting (decided meanwhile, edited or withdrawn). */
  skipped: number;
}

/** Derived from approved entries only; `pendingMinutes` shows what still waits. */
export interface HourTotals {
  thisYearMinutes: number;
  rolling12MonthsMinutes: number;
  /** Over the rolling 12 months, or since the first activity when that is more recent. */
  averageMinutesPerWeek: number;
  /** Date of the first approved activity (yyyy-mm-dd). */
  activeSince: string | null;
  totalMinutes: number;
  pendingMinutes: number;
  byYear: { year: number; minutes: number }[];
}

export const HOUR_SORT_FIELDS = ['activityDate', 'minutes', 'volunteer', 'createdAt'] as const;
export type HourSortField = (typeof HOUR_SORT_FIELDS)[number];

/** Filters shared by the hour list, the approval queue and the CSV/XLSX export. */
export interface HourListQuery {
  page?: number;
  pageSize?: number;
  sort?: HourSortField;
  direction?: 'asc' | 'desc';
  status?: HourEntryStatus;
  volunteerId?: string;
  organisationId?: string;
  municipalityId?: number;
  /** yyyy-mm-dd, inclusive */
  from?: string;
  to?: string;
}

/** Periods up to and including this date are closed: no entry dated on or before it can be added or changed. */
export interface HoursLockView {
  lockedThrough: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
}

/** What an organisation contact sees behind the emailed link: no account, one organisation only. */
export interface OrganisationApprovalView {
  organisationName: string;
  contactName: string;
  expiresAt: string;
  entries: HourEntryView[];
}
