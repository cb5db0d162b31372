import { WAITING_STATES, type SponsorshipState } from '@miteinander/contracts';
import { isDecline } from '@miteinander/domain-sponsorships';

/** What a step's dialog asks for. */
export type StepKind = 'plain' | 'decline' | 'propose' | 'intro' | 'trial' | 'close' | 'rematch';

export interface Step {
  /** The state to move to; null for "re-match", which creates a new request instead. */
  to: SponsorshipState | null;
  kind: StepKind;
  /** Its texts under sponsorships.steps.<key> (label, title, intro, submit, done). */
  key: string;
}

/** The step from `from` to `to`, named the way coordinators speak of it. */
export function stepFor(from: SponsorshipState, to: SponsorshipState): Step {
  if (isDecline(from, to)) return { to, kind: 'decline', key: 'decline' };
  switch (to) {
    case 'match_proposed':
      return { to, kind: 'propose', key: 'match_proposed' };
    case 'intro_meeting':
      return { to, kind: 'intro', key: 'intro_meeting' };
    case 'trial':
      return { to, kind: 'trial', key: 'trial' };
    case 'closed':
      // A request that ends before a match is "ended", a sponsorship "closed": both ask for the date and the reason.
      return { to, kind: 'close', key: WAITING_STATES.includes(from) ? 'closeRequest' : 'closed' };
    case 'active':
      return { to, kind: 'plain', key: from === 'closing' ? 'resume' : 'active' };
    default:
      return { to, kind: 'plain', key: to };
  }
}

export const REMATCH_STEP: Step = { to: null, kind: 'rematch', key: 'rematch' };

/** The main path's step first, the others (decline, end early) after it. */
export function stepsFrom(from: SponsorshipState, allowedNext: readonly SponsorshipState[]): Step[] {
  const steps = allowedNext.map((to) => stepFor(from, to));
  const forward = (step: Step) => (step.kind === 'decline' || (step.kind === 'close' && step.key === 'closeRequest') || step.key === 'resume' ? 1 : 0);
  return steps.sort((a, b) => forward(a) - forward(b));
}
