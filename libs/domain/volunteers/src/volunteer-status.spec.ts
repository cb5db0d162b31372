import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@miteinander/contracts';
import { canChangeVolunteerStatus, VOLUNTEER_STATUS_TRANSITIONS, volunteerStatusProblem } from './volunteer-status';

describe('volunteer status transitions', () => {
  it('follows the usual path interested → intake done → active → paused → left', () => {
    const path: VolunteerStatus[] = ['interested', 'intake_done', 'active', 'paused', 'left'];
    for (let i = 1; i < path.length; i++) expect(canChangeVolunteerStatus(path[i - 1]!, path[i]!)).toBe(true);
  });

  it('allows coming back from a break and a returning person starting again', () => {
    expect(canChangeVolunteerStatus('paused', 'active')).toBe(true);
    expect(canChangeVolunteerStatus('left', 'interested')).toBe(true);
  });

  it('lets anyone leave, from every status', () => {
    for (const s of VOLUNTEER_STATUSES.filter((x) => x !== 'left')) expect(canChangeVolunteerStatus(s, 'left')).toBe(true);
  });

  it('does not skip the intake, nor bring a person who left straight back to active', () => {
    expect(volunteerStatusProblem('interested', 'active')).toEqual({ field: 'status', rule: 'statusTransition' });
    expect(volunteerStatusProblem('left', 'active')).toEqual({ field: 'status', rule: 'statusTransition' });
  });

  it('refuses a "change" to the same status', () => {
    for (const s of VOLUNTEER_STATUSES) expect(volunteerStatusProblem(s, s)).toEqual({ field: 'status', rule: 'statusUnchanged' });
  });

  it('knows every status and never leads to an unknown one', () => {
    expect(Object.keys(VOLUNTEER_STATUS_TRANSITIONS).sort()).toEqual([...VOLUNTEER_STATUSES].sort());
    for (const targets of Object.values(VOLUNTEER_STATUS_TRANSITIONS)) for (const t of targets) expect(VOLUNTEER_STATUSES).toContain(t);
  });
});
