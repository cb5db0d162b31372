import fc from 'fast-check';
import { CHECK_IN_MOODS, END_REASONS, OCCUPYING_STATES, SPONSORSHIP_STATES, WAITING_STATES, type SponsorshipState, type SponsorshipTransitionRequest } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-volunteers';
import { applyCheckIn, applyTransition } from './apply';
import { checkCheckIn, checkInKind, nextCheckInDue } from './check-ins';
import { SPONSORSHIP_TRANSITIONS } from './lifecycle';
import { checkTransition, PLACEMENT_STEPS, type CandidateVolunteer, type SponsorshipFacts } from './transition-guards';

const TODAY = '2026-11-24';
const RULES = { checkInMonths: { family: 3, mother: 3, learning: 3 } };

function request(overrides: Partial<SponsorshipFacts> = {}): SponsorshipFacts {
  return {
    kind: 'family', state: 'inquiry', involvesMinors: true, hasGuardianConsent: true, requestedOn: '2026-09-01', volunteerId: null,
    introMeetingDate: null, contactsShared: false, trialStart: null, trialWeeks: 6, hasTrialReview: false, hasClosingTalk: false,
    lastCheckInDate: null, endDate: null, endReason: null, ...overrides,
  };
}

const ready: CandidateVolunteer = { id: 'v1', status: 'active', capacity: 2, occupied: 0, policeCertificate: 'valid', placementConsentWithdrawn: false };

/** The invariants the table's CHECKs restate: no sequence of allowed moves may break one. */
function invariantsHold(f: SponsorshipFacts): boolean {
  if (OCCUPYING_STATES.includes(f.state) && !f.volunteerId) return false;
  if (WAITING_STATES.includes(f.state) && f.volunteerId) return false;
  if (['intro_meeting', 'trial', 'active', 'closing'].includes(f.state) && !f.introMeetingDate) return false;
  if (['trial', 'active', 'closing'].includes(f.state) && (!f.trialStart || !f.contactsShared)) return false;
  if (f.trialStart && f.introMeetingDate && f.trialStart < f.introMeetingDate) return false;
  if (f.contactsShared && !['trial', 'active', 'closing', 'closed'].includes(f.state)) return false;
  if (f.state === 'active' && !f.hasTrialReview) return false;
  if (f.state === 'closed' && (!f.endDate || !f.endReason)) return false;
  return true;
}

describe('the sponsorship lifecycle', () => {
  it('names the allowed next states when a move skips a step (e.g. inquiry straight to active)', () => {
    expect(checkTransition(request(), { to: 'active' }, TODAY)).toEqual({ ok: false, allowedNext: ['intake', 'closed'] });
    expect(checkTransition(request({ state: 'closed', endDate: TODAY, endReason: 'goal_reached' }), { to: 'inquiry' }, TODAY)).toEqual({ ok: false, allowedNext: [] });
  });

  it('needs a volunteer to propose, an active one with room, and a valid police certificate where children are involved', () => {
    const f = request({ state: 'ready_to_match' });
    const problem = (c: CandidateVolunteer | null) => { const v = checkTransition(f, { to: 'match_proposed', volunteerId: 'v1' }, TODAY, c); return 'problems' in v ? v.problems : []; };
    expect(problem(null)).toEqual([{ field: 'volunteerId', rule: 'volunteerRequired' }]);
    expect(problem({ ...ready, status: 'paused' })).toEqual([{ field: 'volunteerId', rule: 'volunteerNotActive' }]);
    expect(problem({ ...ready, capacity: 1, occupied: 1 })).toEqual([{ field: 'volunteerId', rule: 'capacityFull', n: 1 }]);
    expect(problem({ ...ready, policeCertificate: 'missing' })).toEqual([{ field: 'volunteerId', rule: 'policeCertificateMissing' }]);
    expect(problem({ ...ready, policeCertificate: 'expired' })).toEqual([{ field: 'volunteerId', rule: 'policeCertificateExpired' }]);
    expect(problem({ ...ready, policeCertificate: 'relevant_entry' })).toEqual([{ field: 'volunteerId', rule: 'policeCertificateRelevantEntry' }]);
    expect(problem({ ...ready, policeCertificate: 'reinspection_due' })).toEqual([]);
    // Adults only: no certificate needed.
    expect(checkTransition({ ...f, involvesMinors: false }, { to: 'match_proposed' }, TODAY, { ...ready, policeCertificate: 'missing' })).toEqual({ ok: true });
  });

  it('stops proposing and moving on a volunteer who withdrew their placement consent, but lets the placement end', () => {
    const withdrawn = { ...ready, placementConsentWithdrawn: true };
    const refused = { ok: false, problems: [{ field: 'volunteerId', rule: 'placementConsentWithdrawn' }] };
    const paired = { volunteerId: 'v1', introMeetingDate: '2026-10-01' };
    expect(checkTransition(request({ state: 'ready_to_match' }), { to: 'match_proposed', volunteerId: 'v1' }, TODAY, withdrawn)).toEqual(refused);
    expect(checkTransition(request({ state: 'match_proposed', volunteerId: 'v1' }), { to: 'intro_meeting', introMeetingDate: '2026-10-01' }, TODAY, withdrawn)).toEqual(refused);
    expect(checkTransition(request({ state: 'intro_meeting', ...paired }), { to: 'trial', bothAgreed: true, trialStart: '2026-10-02' }, TODAY, withdrawn)).toEqual(refused);
    const trial = request({ state: 'trial', ...paired, contactsShared: true, trialStart: '2026-10-02', hasTrialReview: true });
    expect(checkTransition(trial, { to: 'active' }, TODAY, withdrawn)).toEqual(refused);
    expect(checkTransition({ ...trial, state: 'closing' }, { to: 'active' }, TODAY, withdrawn)).toEqual(refused);
    // The same steps go through while the consent holds; declining, closing and ending stay open after a withdrawal.
    expect(checkTransition(trial, { to: 'active' }, TODAY, ready)).toEqual({ ok: true });
    expect(checkTransition(request({ state: 'match_proposed', volunteerId: 'v1' }), { to: 'ready_to_match', reason: 'Einwilligung widerrufen' }, TODAY, withdrawn)).toEqual({ ok: true });
    expect(checkTransition(trial, { to: 'closing' }, TODAY, withdrawn)).toEqual({ ok: true });
    expect(checkTransition({ ...trial, state: 'closing' }, { to: 'closed', endDate: TODAY, endReason: 'other', closingNote: 'Einwilligung widerrufen' }, TODAY, withdrawn)).toEqual({ ok: true });
  });

  it('starts the trial only after both sides agreed, not before the intro meeting', () => {
    const f = request({ state: 'intro_meeting', volunteerId: 'v1', introMeetingDate: '2026-10-01' });
    expect(checkTransition(f, { to: 'trial', trialStart: '2026-10-02' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'bothAgreed', rule: 'agreementRequired' }] });
    expect(checkTransition(f, { to: 'trial', bothAgreed: true, trialStart: '2026-09-30' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'trialStart', rule: 'beforeIntroMeeting' }] });
    expect(checkTransition(f, { to: 'trial', bothAgreed: true, trialStart: '2026-10-01' }, TODAY)).toEqual({ ok: true });
  });

  it('closes only with an end reason and a date, and a note when the reason is "other"', () => {
    const f = request({ state: 'closing', volunteerId: 'v1', introMeetingDate: '2026-10-01', trialStart: '2026-10-02', contactsShared: true, hasTrialReview: true });
    expect(checkTransition(f, { to: 'closed', endDate: TODAY }, TODAY)).toEqual({ ok: false, problems: [{ field: 'endReason', rule: 'required' }] });
    expect(checkTransition(f, { to: 'closed', endDate: TODAY, endReason: 'other' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'closingNote', rule: 'required' }] });
    expect(checkTransition(f, { to: 'closed', endDate: '2026-10-01', endReason: 'conflict' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'endDate', rule: 'beforeStart' }] });
    expect(checkTransition(f, { to: 'closed', endDate: addDays(TODAY, 1), endReason: 'conflict' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'endDate', rule: 'dateInFuture' }] });
  });

  it('asks for the trial review before the sponsorship becomes active', () => {
    const f = request({ state: 'trial', volunteerId: 'v1', introMeetingDate: '2026-10-01', trialStart: '2026-10-02', contactsShared: true });
    expect(checkTransition(f, { to: 'active' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'trialReview', rule: 'trialReviewRequired' }] });
    expect(checkTransition({ ...f, hasTrialReview: true }, { to: 'active' }, TODAY)).toEqual({ ok: true });
  });

  it('a decline frees the volunteer and forgets the intro meeting', () => {
    const f = request({ state: 'intro_meeting', volunteerId: 'v1', introMeetingDate: '2026-10-01' });
    expect(checkTransition(f, { to: 'ready_to_match' }, TODAY)).toEqual({ ok: false, problems: [{ field: 'reason', rule: 'required' }] });
    const after = applyTransition(f, { to: 'ready_to_match', reason: 'Zu weit weg' });
    expect(after).toMatchObject({ state: 'ready_to_match', volunteerId: null, introMeetingDate: null });
  });

  it('schedules the trial review after the trial weeks, then check-ins every 3 months after the latest', () => {
    const trial = request({ state: 'trial', volunteerId: 'v1', introMeetingDate: '2026-01-05', trialStart: '2026-01-10', contactsShared: true, trialWeeks: 6 });
    expect(nextCheckInDue(trial, RULES)).toBe('2026-02-21');
    expect(checkInKind(trial)).toBe('trial_review');
    const reviewed = applyCheckIn(trial, 'trial_review', '2026-02-20');
    expect(nextCheckInDue(reviewed, RULES)).toBe('2026-05-20');
    expect(checkCheckIn(trial, '2026-01-09', TODAY)).toEqual({ ok: false, problems: [{ field: 'date', rule: 'checkInBeforeStart' }] });
    expect(checkCheckIn(request({ state: 'ready_to_match' }), TODAY, TODAY)).toEqual({ ok: false, allowedIn: ['trial', 'active', 'closing'] });
  });

  it('no sequence of allowed moves and check-ins reaches an invalid state (property)', () => {
    const date = fc.integer({ min: 0, max: 200 }).map((d) => addDays('2026-05-01', d));
    const move = fc.record({
      to: fc.constantFrom<SponsorshipState>(...SPONSORSHIP_STATES),
      volunteerId: fc.option(fc.constant('v1'), { nil: undefined }),
      reason: fc.option(fc.constantFrom('', 'passt nicht'), { nil: undefined }),
      introMeetingDate: fc.option(date, { nil: undefined }),
      bothAgreed: fc.option(fc.boolean(), { nil: undefined }),
      trialStart: fc.option(date, { nil: undefined }),
      trialWeeks: fc.option(fc.integer({ min: 4, max: 12 }), { nil: undefined }),
      endDate: fc.option(date, { nil: undefined }),
      endReason: fc.option(fc.constantFrom(...END_REASONS), { nil: undefined }),
      closingNote: fc.option(fc.constantFrom('', 'Umzug nach Leipzig'), { nil: undefined }),
    });
    const step = fc.oneof(move.map((m) => ({ move: m as SponsorshipTransitionRequest })), fc.record({ checkIn: date, mood: fc.constantFrom(...CHECK_IN_MOODS) }));
    const candidate = fc.record({ status: fc.constantFrom('active', 'paused'), capacity: fc.integer({ min: 0, max: 2 }), occupied: fc.integer({ min: 0, max: 2 }), policeCertificate: fc.constantFrom('valid', 'missing', 'expired'), placementConsentWithdrawn: fc.boolean() });
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 40 }), candidate, (minors, steps, c) => {
        let f = request({ involvesMinors: minors, requestedOn: '2026-05-01' });
        for (const s of steps) {
          if ('move' in s) {
            // As the service does: the volunteer named in a proposal, else the paired one.
            const placed = s.move.to !== 'match_proposed' || s.move.volunteerId ? ({ id: 'v1', ...c } as CandidateVolunteer) : null;
            const verdict = checkTransition(f, s.move, '2026-11-24', placed);
            if (!verdict.ok) continue;
            if (PLACEMENT_STEPS.includes(s.move.to)) expect(c.placementConsentWithdrawn).toBe(false);
            // A proposal went through: the volunteer was eligible at that moment.
            if (s.move.to === 'match_proposed') {
              expect(c.status).toBe('active');
              expect(c.occupied).toBeLessThan(c.capacity);
              if (minors) expect(c.policeCertificate).toBe('valid');
            }
            expect(SPONSORSHIP_TRANSITIONS[f.state]).toContain(s.move.to);
            f = applyTransition(f, s.move);
          } else if (checkCheckIn(f, s.checkIn, '2026-11-24').ok) {
            f = applyCheckIn(f, checkInKind(f), s.checkIn);
          }
          expect(invariantsHold(f)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
