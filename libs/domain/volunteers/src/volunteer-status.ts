import type { VolunteerStatus } from '@miteinander/contracts';
import type { RuleProblem } from './rule-problem';

/**
 * Which status may follow which. The usual path is interested → intake_done → active → paused → left;
 * the extra steps are the ones coordinators meet in practice:
 * - intake_done → interested: the intake talk is to be repeated (e.g. it was recorded too early);
 * - intake_done → paused: someone takes a break before starting;
 * - paused → active: back from a break;
 * - anyone may leave at any time;
 * - left → interested: a returning person starts again with a new intake (their history stays).
 * Skipping the intake (interested → active) is not allowed: the intake is where the police certificate and
 * consents are discussed.
 */
export const VOLUNTEER_STATUS_TRANSITIONS: Readonly<Record<VolunteerStatus, readonly VolunteerStatus[]>> = {
  interested: ['intake_done', 'left'],
  intake_done: ['active', 'paused', 'interested', 'left'],
  active: ['paused', 'left'],
  paused: ['active', 'left'],
  left: ['interested'],
};

export function canChangeVolunteerStatus(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return VOLUNTEER_STATUS_TRANSITIONS[from].includes(to);
}

/** Null when the change is allowed; otherwise the problem with the `status` field. */
export function volunteerStatusProblem(from: VolunteerStatus, to: VolunteerStatus): RuleProblem | null {
  if (from === to) return { field: 'status', rule: 'statusUnchanged' };
  if (!canChangeVolunteerStatus(from, to)) return { field: 'status', rule: 'statusTransition' };
  return null;
}
