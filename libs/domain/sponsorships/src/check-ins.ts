import { CHECK_IN_STATES, type CheckInKind, type SponsorshipState } from '@miteinander/contracts';
import { addDays, addMonths, isCalendarDate, type RuleProblem } from '@miteinander/domain-volunteers';
import type { SponsorshipRules } from './sponsorship-rules';
import type { SponsorshipFacts } from './transition-guards';

/** Which talk a check-in recorded now is: the trial review first, the closing talk while closing, else a regular one. */
export function checkInKind(facts: Pick<SponsorshipFacts, 'state' | 'hasTrialReview'>): CheckInKind {
  if (facts.state === 'closing') return 'closing_talk';
  if (facts.state === 'trial' && !facts.hasTrialReview) return 'trial_review';
  return 'regular';
}

export type CheckInVerdict = { ok: true } | { ok: false; allowedIn: readonly SponsorshipState[] } | { ok: false; problems: RuleProblem[] };

/** A check-in belongs to a running sponsorship and happened between the trial start and today. */
export function checkCheckIn(facts: Pick<SponsorshipFacts, 'state' | 'trialStart'>, date: string, today: string): CheckInVerdict {
  if (!CHECK_IN_STATES.includes(facts.state)) return { ok: false, allowedIn: CHECK_IN_STATES };
  if (!isCalendarDate(date)) return { ok: false, problems: [{ field: 'date', rule: 'calendarDate' }] };
  if (date > today) return { ok: false, problems: [{ field: 'date', rule: 'dateInFuture' }] };
  if (facts.trialStart && date < facts.trialStart) return { ok: false, problems: [{ field: 'date', rule: 'checkInBeforeStart' }] };
  return { ok: true };
}

/**
 * The next talk that is due: the trial review `trialWeeks` after the trial start, then every
 * `checkInMonths[kind]` after the latest check-in; none once the closing talk is held or outside a running
 * sponsorship.
 */
export function nextCheckInDue(
  facts: Pick<SponsorshipFacts, 'kind' | 'state' | 'trialStart' | 'trialWeeks' | 'hasTrialReview' | 'hasClosingTalk' | 'lastCheckInDate'>,
  rules: Pick<SponsorshipRules, 'checkInMonths'>,
): string | null {
  if (!CHECK_IN_STATES.includes(facts.state) || !facts.trialStart) return null;
  if (!facts.hasTrialReview) return addDays(facts.trialStart, facts.trialWeeks * 7);
  if (facts.state === 'closing' && facts.hasClosingTalk) return null;
  return addMonths(facts.lastCheckInDate ?? facts.trialStart, rules.checkInMonths[facts.kind]);
}

/** Trial start + the planned duration (12 months by default; a school half-year for learning sponsorships). */
export function plannedEnd(trialStart: string | null, plannedMonths: number): string | null {
  return trialStart ? addMonths(trialStart, plannedMonths) : null;
}
