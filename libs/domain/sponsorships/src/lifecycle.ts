import type { SponsorshipState } from '@miteinander/contracts';

/**
 * Which state may follow which. The main path is
 * inquiry → intake → ready_to_match → match_proposed → intro_meeting → trial → active → closing → closed;
 * the extra moves are the ones coordinators meet in practice:
 * - match_proposed / intro_meeting → ready_to_match: the volunteer or the family declined (with a reason);
 * - trial → closing: the trial showed it does not fit;
 * - closing → active: the closing talk turned into "let's go on";
 * - inquiry / intake / ready_to_match → closed: the request ended before a match (moved away, no contact …).
 * A closed sponsorship never reopens; "re-match" creates a new request from it.
 */
export const SPONSORSHIP_TRANSITIONS: Readonly<Record<SponsorshipState, readonly SponsorshipState[]>> = {
  inquiry: ['intake', 'closed'],
  intake: ['ready_to_match', 'closed'],
  ready_to_match: ['match_proposed', 'closed'],
  match_proposed: ['intro_meeting', 'ready_to_match'],
  intro_meeting: ['trial', 'ready_to_match'],
  trial: ['active', 'closing'],
  active: ['closing'],
  closing: ['closed', 'active'],
  closed: [],
};

export function allowedNextStates(from: SponsorshipState): readonly SponsorshipState[] {
  return SPONSORSHIP_TRANSITIONS[from];
}

export function canTransition(from: SponsorshipState, to: SponsorshipState): boolean {
  return SPONSORSHIP_TRANSITIONS[from].includes(to);
}

/** Going back to the waiting list from a proposal or intro meeting means someone declined. */
export function isDecline(from: SponsorshipState, to: SponsorshipState): boolean {
  return to === 'ready_to_match' && (from === 'match_proposed' || from === 'intro_meeting');
}
