import type { Page } from './users';

/**
 * Recognition events (domain.md "Recognition"): award ceremonies, receptions, thank-you festivals; invitation lists
 * from criteria, RSVP without login, waiting list, reminders, check-in at the door, certificates. Dates yyyy-mm-dd,
 * local times in Europe/Berlin. All routes below are under /api/v1; staff routes need coordinator or admin.
 */

export const EVENT_KINDS = ['award_ceremony', 'reception', 'thank_you_festival'] as const;
/** Preisverleihung, Ehrenamtsempfang, Dankeschön-Fest. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** draft: the list is being built; invited: invitations went out (more can follow); cancelled. */
export const EVENT_STATUSES = ['draft', 'invited', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** POST /events, PATCH /events/:id. */
export interface EventInput {
  kind: EventKind;
  title: string;
  /** Local date and time in Europe/Berlin, `yyyy-mm-ddThh:mm`; must lie in the future. */
  startsAt: string;
  /** Optional local end time, same format, after the start. */
  endsAt?: string | null;
  venueName: string;
  venueAddress: string;
  /** Step-free access, hearing loop, accessible toilet, parking … (free text, up to 2000 characters). */
  accessibility: string;
  /** Seats, including plus-ones; 1–100000. */
  capacity: number;
  /** Last day answers are accepted (inclusive, until 23:59 Berlin time); not after the event's day. */
  rsvpDeadline: string;
  plusOnesAllowed: boolean;
  descriptionDe: string;
  descriptionEn: string;
}

export interface EventCounts {
  /** On the list and not removed (listed + invited + answered). */
  listed: number;
  /** Invitation mail sent. */
  invited: number;
  accepted: number;
  declined: number;
  waitlisted: number;
  noAnswer: number;
  /** Seats taken: accepted invitees plus their plus-ones. */
  seatsTaken: number;
  checkedIn: number;
}

export interface EventView extends EventInput {
  id: string;
  status: EventStatus;
  /** The start as an instant (ISO, UTC), for calendars and "in 3 days". */
  startsAtInstant: string;
  /** The start has passed. */
  past: boolean;
  /** Today (Berlin) is after the RSVP deadline. */
  rsvpClosed: boolean;
  counts: EventCounts;
  createdAt: string;
}

export interface EventListItem {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: string;
  venueName: string;
  status: EventStatus;
  capacity: number;
  counts: Pick<EventCounts, 'invited' | 'accepted' | 'waitlisted' | 'seatsTaken' | 'checkedIn'>;
  past: boolean;
}

export const EVENT_SORT_FIELDS = ['startsAt', 'title', 'createdAt'] as const;
export type EventSortField = (typeof EVENT_SORT_FIELDS)[number];

/** GET /events?page&pageSize&sort&dir&when=upcoming|past|all&q → Page<EventListItem>. Default: upcoming, soonest first. */
export type EventPage = Page<EventListItem>;

/** POST /events/:id/cancel {reason} → EventView. */
export interface CancelEventRequest {
  reason: string;
}

// --- Invitation list ------------------------------------------------------------------------------------------

/**
 * Who to invite. The volunteer criteria that are set are combined with `volunteerMatch` (all = AND, any = OR);
 * organisation contacts and nominated people are added on top. Everyone is merged by email address.
 */
export interface InvitationCriteria {
  /** Approved hours in this calendar year of at least `minHours` (hours, whole numbers). */
  hoursInYear?: { year: number; minHours: number } | null;
  /** First approved activity at least this many years ago (volunteers who have not left). */
  activeYears?: number | null;
  /** Holders of a valid honorary card (not revoked, not expired on the event's day). */
  cardHolders?: boolean;
  /** Volunteers whose sponsorship closed with an end date in this period. */
  completedSponsorships?: { from: string; to: string } | null;
  /** Default 'all'. */
  volunteerMatch?: 'all' | 'any';
  /** Contact persons of organisations: every organisation (true) or only these organisation ids. */
  organisationContacts?: boolean | string[];
  /** Volunteers nominated for one of this event's award categories (and contacts of nominated initiatives). */
  nominated?: boolean;
}

export const INVITATION_SOURCES = ['hours', 'activeYears', 'cardHolder', 'completedSponsorship', 'organisationContact', 'nominated', 'manual'] as const;
export type InvitationSource = (typeof INVITATION_SOURCES)[number];

/** POST /events/:id/invitations/preview {criteria} → the live count before anything is written. */
export interface InvitationPreview {
  /** People the criteria select, merged by email. */
  matching: number;
  /** Of these, already on the list (would not be added again). */
  alreadyListed: number;
  /** New people adding would put on the list. */
  toAdd: number;
  /** Selected volunteers without an email address (cannot be invited by mail; not added). */
  withoutEmail: number;
  /** Per criterion, how many it selects on its own. */
  bySource: Partial<Record<InvitationSource, number>>;
  /** The first 20 names, sorted, for a sanity check. */
  sample: string[];
}

/** POST /events/:id/invitations/from-criteria {criteria} → { added }; 409 when the criteria select nobody new. */
export interface AddFromCriteriaResult {
  added: number;
  alreadyListed: number;
  withoutEmail: number;
}

/** POST /events/:id/invitations — one person by hand: a volunteer, an organisation contact, or a guest by name and email. */
export interface ManualInvitee {
  volunteerId?: string;
  contactId?: string;
  name?: string;
  email?: string;
  /** For guests: the mail language (default de). */
  locale?: string;
}

/** listed: on the list, not sent yet; invited: sent, no answer yet; removed: taken off (its links stop working). */
export const INVITATION_STATUSES = ['listed', 'invited', 'accepted', 'declined', 'waitlisted', 'removed'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationItem {
  id: string;
  name: string;
  email: string;
  status: InvitationStatus;
  sources: InvitationSource[];
  /** 1-based place on the waiting list, when waitlisted. */
  waitlistPosition: number | null;
  plusOne: boolean;
  plusOneName: string | null;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  photoConsent: boolean | null;
  invitedAt: string | null;
  answeredAt: string | null;
  checkedInAt: string | null;
}

export const INVITATION_SORT_FIELDS = ['name', 'status', 'answeredAt', 'checkedInAt', 'waitlistPosition'] as const;
export type InvitationSortField = (typeof INVITATION_SORT_FIELDS)[number];

/** GET /events/:id/invitations?page&pageSize&sort&dir&status&q → Page<InvitationItem>. DELETE /events/:id/invitations/:invitationId removes one. */
export type InvitationPage = Page<InvitationItem>;

/**
 * POST /events/:id/send-invitations → mails every `listed` person (status becomes `invited`), each with an RSVP link,
 * the admission code (QR image) and a calendar file. 409 for a past or cancelled event or when nobody is waiting for
 * an invitation. POST /events/:id/invitations/:invitationId/resend sends one again with a new link (older links stop).
 */
export interface SendInvitationsResult {
  sent: number;
}

// --- RSVP (no login: the token in the link is the key) -----------------------------------------------------

/** GET /public/rsvp?token=… → what the invitee sees. 404 for an unknown token, 410 for a replaced or withdrawn one. */
export interface RsvpView {
  event: {
    kind: EventKind;
    title: string;
    startsAt: string;
    endsAt: string | null;
    venueName: string;
    venueAddress: string;
    accessibility: string;
    description: string;
    plusOnesAllowed: boolean;
    rsvpDeadline: string;
    cancelled: boolean;
  };
  name: string;
  status: Exclude<InvitationStatus, 'listed' | 'removed'>;
  waitlistPosition: number | null;
  plusOne: boolean;
  plusOneName: string | null;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  photoConsent: boolean | null;
  /** Answers can still be changed (deadline not passed, event not cancelled or past). */
  canChange: boolean;
  /** Seats still free right now (never below 0). */
  seatsLeft: number;
}

/** POST /public/rsvp {token, answer, …} → RsvpView. 409 after the deadline (the message names the deadline). */
export interface RsvpAnswer {
  token: string;
  answer: 'accept' | 'decline';
  plusOne?: boolean;
  plusOneName?: string | null;
  accessibilityNeeds?: string | null;
  dietaryNeeds?: string | null;
  photoConsent?: boolean | null;
}

// --- Check-in at the door ----------------------------------------------------------------------------------

/** GET /events/:id/door-list → everyone who may come (not removed), for the offline name search on the phone. */
export interface DoorListEntry {
  invitationId: string;
  name: string;
  status: InvitationStatus;
  plusOne: boolean;
  plusOneName: string | null;
  checkedInAt: string | null;
}

/** One check-in, by the scanned/typed admission code or by invitation id (name search). */
export interface CheckInRequest {
  code?: string;
  invitationId?: string;
  /** When the phone recorded it (ISO); for check-ins queued offline. Ignored if in the future. */
  scannedAt?: string;
  /** The phone's id for this check-in, so a re-sent queue entry is recognised. */
  clientRef?: string;
}

/** POST /events/:id/check-ins → CheckInResult; POST /events/:id/check-ins/batch {items} → {results} in the same order. */
export interface CheckInResult {
  ok: boolean;
  clientRef: string | null;
  invitationId: string | null;
  name: string | null;
  status: InvitationStatus | null;
  plusOne: boolean;
  /** The first check-in's time: a second scan returns the same time with alreadyCheckedIn = true. */
  checkedInAt: string | null;
  alreadyCheckedIn: boolean;
  /** Set when ok = false or as a warning (e.g. not registered, on the waiting list): plain language. */
  message: string | null;
}

export interface CheckInBatch {
  items: CheckInRequest[];
}

/** GET /events/:id/check-in/counts — polled by the door page. */
export interface CheckInCounts {
  expected: number;
  checkedIn: number;
  /** Expected people including plus-ones. */
  expectedPeople: number;
  checkedInPeople: number;
}

// --- Awards and nominations ---------------------------------------------------------------------------------

/** GET/POST /events/:id/award-categories, PATCH/DELETE /events/award-categories/:categoryId. */
export interface AwardCategoryInput {
  name: string;
  description: string;
}

export interface AwardCategoryView extends AwardCategoryInput {
  id: string;
  nominations: NominationView[];
}

export interface NominationInput {
  categoryId: string;
  /** Exactly one of volunteerId / organisationId (an initiative or association). */
  volunteerId?: string;
  organisationId?: string;
  /** Why: 10–2000 characters. */
  reason: string;
}

export interface NominationView {
  id: string;
  categoryId: string;
  nominee: { kind: 'volunteer' | 'organisation'; id: string; name: string };
  reason: string;
  /** Who nominated: a coordinator's name or "Name (Organisation)". */
  nominatedBy: string;
  winner: boolean;
  createdAt: string;
}

/**
 * POST /events/:id/nominations (coordinator) → NominationView; POST /events/nominations/:nominationId/winner {winner}
 * → NominationView; DELETE /events/nominations/:nominationId.
 * POST /events/:id/nomination-requests {organisationIds?} → {sent}: emails organisation contacts a nomination link.
 */
export interface NominationRequestsResult {
  sent: number;
}

/** GET /public/nominate?token=… → what an organisation contact sees (their organisation's volunteers only). */
export interface NominationFormView {
  event: { title: string; startsAt: string };
  organisation: { id: string; name: string };
  contactName: string;
  categories: { id: string; name: string; description: string }[];
  /** Volunteers of the contact's organisation who can be nominated. */
  volunteers: { id: string; name: string }[];
  /** Nominations this contact already made. */
  mine: NominationView[];
  open: boolean;
}

/** POST /public/nominate {token, categoryId, volunteerId | organisationId, reason} → NominationView. */
export interface PublicNominationInput extends NominationInput {
  token: string;
}

// --- Afterwards -------------------------------------------------------------------------------------------

/**
 * GET /events/:id/attendance?page… → Page<InvitationItem> of those checked in (or accepted, with ?all=1);
 * GET /events/:id/attendance.xlsx; GET /events/:id/certificates.pdf?who=winners|attendees (Urkunden, one page each);
 * POST /events/:id/thank-you → {sent}: thanks every checked-in attendee once (409 before the event).
 */
export interface ThankYouResult {
  sent: number;
}
