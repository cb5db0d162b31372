import { nextCheckInDue, type SponsorshipFacts, type SponsorshipRules } from '@miteinander/domain-sponsorships';
import { localDate } from '@miteinander/domain-reminders';
import type { Beneficiary } from '../entities/beneficiary.entity';
import type { Sponsorship } from '../entities/sponsorship.entity';

/** The stored sponsorship as the domain's facts. */
export function factsOf(s: Sponsorship, b: Pick<Beneficiary, 'guardianConsentBy'>, timezone: string): SponsorshipFacts {
  return {
    kind: s.kind,
    state: s.state,
    involvesMinors: s.involvesMinors,
    hasGuardianConsent: b.guardianConsentBy !== null,
    requestedOn: localDate(s.requestedAt, timezone),
    volunteerId: s.volunteerId,
    introMeetingDate: s.introMeetingDate,
    contactsShared: s.contactsSharedAt !== null,
    trialStart: s.trialStart,
    trialWeeks: s.trialWeeks,
    hasTrialReview: s.hasTrialReview,
    hasClosingTalk: s.hasClosingTalk,
    lastCheckInDate: s.lastCheckInDate,
    endDate: s.endDate,
    endReason: s.endReason,
  };
}

/**
 * Writes the domain's facts back onto the row, with the derived next check-in date, so the row and its
 * history change together in the caller's transaction. Contacts count as shared from the moment both agreed.
 */
export function writeFacts(s: Sponsorship, f: SponsorshipFacts, rules: Pick<SponsorshipRules, 'checkInMonths'>, now: Date): void {
  s.state = f.state;
  s.volunteerId = f.volunteerId;
  s.introMeetingDate = f.introMeetingDate;
  s.contactsSharedAt = f.contactsShared ? (s.contactsSharedAt ?? now) : null;
  s.trialStart = f.trialStart;
  s.trialWeeks = f.trialWeeks;
  s.hasTrialReview = f.hasTrialReview;
  s.hasClosingTalk = f.hasClosingTalk;
  s.lastCheckInDate = f.lastCheckInDate;
  s.endDate = f.endDate;
  s.endReason = f.endReason;
  s.nextCheckInDue = nextCheckInDue(f, rules);
}
