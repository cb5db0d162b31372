import type { EndReason, PoliceCertificateState, SponsorshipKind, SponsorshipState, SponsorshipTransitionRequest, VolunteerStatus } from '@miteinander/contracts';
import { isCalendarDate, type RuleProblem } from '@miteinander/domain-volunteers';
import { allowedNextStates, canTransition, isDecline } from './lifecycle';

/** What the guards need to know about a sponsorship: its state and the facts recorded on the way. */
export interface SponsorshipFacts {
  kind: SponsorshipKind;
  state: SponsorshipState;
  involvesMinors: boolean;
  hasGuardianConsent: boolean;
  /** yyyy-mm-dd: the day the request was recorded */
  requestedOn: string;
  volunteerId: string | null;
  introMeetingDate: string | null;
  contactsShared: boolean;
  trialStart: string | null;
  trialWeeks: number;
  hasTrialReview: boolean;
  hasClosingTalk: boolean;
  lastCheckInDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
}

/** The volunteer to be proposed, as far as the guards care. */
export interface CandidateVolunteer {
  id: string;
  status: VolunteerStatus;
  capacity: number;
  /** Other sponsorships already taking a place (proposed … closing). */
  occupied: number;
  policeCertificate: PoliceCertificateState;
  /** DSGVO: they withdrew their 'placement' consent and gave none since, so they are no longer placed. */
  placementConsentWithdrawn: boolean;
}

/**
 * The steps that process the volunteer for the placement: proposing them and moving the placement on. Going back to
 * the waiting list (a decline), closing and ending stay open, so a withdrawal can always be acted on.
 */
export const PLACEMENT_STEPS: readonly SponsorshipState[] = ['match_proposed', 'intro_meeting', 'trial', 'active'];

export type TransitionVerdict =
  | { ok: true }
  /** The move itself is not allowed from this state (a 409). */
  | { ok: false; allowedNext: readonly SponsorshipState[] }
  /** The move is allowed but something it needs is missing or wrong (a 400 per field). */
  | { ok: false; problems: RuleProblem[] };

/** Police-certificate states that allow meeting children: recorded, no relevant entry, not expired. */
const CERTIFICATE_OK: readonly PoliceCertificateState[] = ['valid', 'reinspection_due'];
const CERTIFICATE_RULE: Record<PoliceCertificateState, string> = {
  valid: '',
  reinspection_due: '',
  missing: 'policeCertificateMissing',
  expired: 'policeCertificateExpired',
  relevant_entry: 'policeCertificateRelevantEntry',
};

/** Null when a volunteer with this certificate state may meet children; else the rule that forbids it. */
export function minorsCertificateRule(state: PoliceCertificateState): string | null {
  return CERTIFICATE_OK.includes(state) ? null : CERTIFICATE_RULE[state];
}

function candidateProblems(facts: SponsorshipFacts, candidate: CandidateVolunteer | null): RuleProblem[] {
  if (!candidate) return [{ field: 'volunteerId', rule: 'volunteerRequired' }];
  if (candidate.status !== 'active') return [{ field: 'volunteerId', rule: 'volunteerNotActive' }];
  if (candidate.occupied >= candidate.capacity) return [{ field: 'volunteerId', rule: 'capacityFull', n: candidate.capacity }];
  const certificateRule = facts.involvesMinors ? minorsCertificateRule(candidate.policeCertificate) : null;
  if (certificateRule) return [{ field: 'volunteerId', rule: certificateRule }];
  return [];
}

function dateProblem(field: string, value: string | undefined): RuleProblem | null {
  if (value === undefined) return { field, rule: 'required' };
  if (!isCalendarDate(value)) return { field, rule: 'calendarDate' };
  return null;
}

function requiredText(field: string, value: string | undefined): RuleProblem[] {
  return value?.trim() ? [] : [{ field, rule: 'required' }];
}

/** What each target state needs, beyond being an allowed move. */
function guardProblems(facts: SponsorshipFacts, req: SponsorshipTransitionRequest, today: string, candidate: CandidateVolunteer | null): RuleProblem[] {
  if (PLACEMENT_STEPS.includes(req.to) && candidate?.placementConsentWithdrawn) {
    return [{ field: 'volunteerId', rule: 'placementConsentWithdrawn' }];
  }
  switch (req.to) {
    case 'ready_to_match':
      if (isDecline(facts.state, req.to)) return requiredText('reason', req.reason);
      return facts.involvesMinors && !facts.hasGuardianConsent ? [{ field: 'guardianConsent', rule: 'guardianConsentRequired' }] : [];
    case 'match_proposed':
      return candidateProblems(facts, candidate);
    case 'intro_meeting': {
      const p = dateProblem('introMeetingDate', req.introMeetingDate);
      if (p) return [p];
      return req.introMeetingDate! < facts.requestedOn ? [{ field: 'introMeetingDate', rule: 'beforeRequest' }] : [];
    }
    case 'trial': {
      const problems: RuleProblem[] = [];
      if (req.bothAgreed !== true) problems.push({ field: 'bothAgreed', rule: 'agreementRequired' });
      const p = dateProblem('trialStart', req.trialStart);
      if (p) problems.push(p);
      else if (facts.introMeetingDate && req.trialStart! < facts.introMeetingDate) problems.push({ field: 'trialStart', rule: 'beforeIntroMeeting' });
      return problems;
    }
    case 'active':
      if (!facts.introMeetingDate) return [{ field: 'introMeetingDate', rule: 'required' }];
      return facts.hasTrialReview ? [] : [{ field: 'trialReview', rule: 'trialReviewRequired' }];
    case 'closed': {
      const problems: RuleProblem[] = [];
      if (!req.endReason) problems.push({ field: 'endReason', rule: 'required' });
      else if (req.endReason === 'other') problems.push(...requiredText('closingNote', req.closingNote));
      const p = dateProblem('endDate', req.endDate);
      if (p) problems.push(p);
      else if (req.endDate! > today) problems.push({ field: 'endDate', rule: 'dateInFuture' });
      else if (req.endDate! < (facts.trialStart ?? facts.requestedOn)) problems.push({ field: 'endDate', rule: 'beforeStart' });
      return problems;
    }
    default:
      return [];
  }
}

/**
 * Whether `req` may move the sponsorship on: first whether the move exists at all (else the allowed next states),
 * then what the target state needs. `today` is the county's calendar date; `candidate` the volunteer the step
 * places: the one named in a proposal, or the paired one for the later placement steps (null when none was named
 * or found). Only its consent counts after the proposal: capacity and certificate were checked when proposed.
 */
export function checkTransition(facts: SponsorshipFacts, req: SponsorshipTransitionRequest, today: string, candidate: CandidateVolunteer | null = null): TransitionVerdict {
  if (!canTransition(facts.state, req.to)) return { ok: false, allowedNext: allowedNextStates(facts.state) };
  const problems = guardProblems(facts, req, today, candidate);
  return problems.length ? { ok: false, problems } : { ok: true };
}
