import type { CheckInKind, SponsorshipTransitionRequest } from '@miteinander/contracts';
import { isDecline } from './lifecycle';
import type { SponsorshipFacts } from './transition-guards';

/**
 * The facts after an allowed move (call `checkTransition` first). A decline frees the volunteer and forgets the
 * intro meeting; the trial start records that both sides agreed, which is when contact details are shared.
 */
export function applyTransition(facts: SponsorshipFacts, req: SponsorshipTransitionRequest): SponsorshipFacts {
  const next: SponsorshipFacts = { ...facts, state: req.to };
  if (isDecline(facts.state, req.to)) {
    return { ...next, volunteerId: null, introMeetingDate: null, contactsShared: false };
  }
  switch (req.to) {
    case 'match_proposed':
      return { ...next, volunteerId: req.volunteerId ?? null };
    case 'intro_meeting':
      return { ...next, introMeetingDate: req.introMeetingDate ?? null };
    case 'trial':
      return { ...next, contactsShared: true, trialStart: req.trialStart ?? null, trialWeeks: req.trialWeeks ?? facts.trialWeeks };
    case 'closed':
      return { ...next, endDate: req.endDate ?? null, endReason: req.endReason ?? null };
    default:
      return next;
  }
}

export function applyCheckIn(facts: SponsorshipFacts, kind: CheckInKind, date: string): SponsorshipFacts {
  return {
    ...facts,
    hasTrialReview: facts.hasTrialReview || kind === 'trial_review',
    hasClosingTalk: facts.hasClosingTalk || kind === 'closing_talk',
    lastCheckInDate: facts.lastCheckInDate && facts.lastCheckInDate > date ? facts.lastCheckInDate : date,
  };
}
