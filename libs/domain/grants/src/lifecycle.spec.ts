import fc from 'fast-check';
import { GRANT_APPLICATION_STATUSES, type GrantApplicationStatus } from '@miteinander/contracts';
import { GRANT_ACTIONS, allowedActions, holdsBudget, isDecided, isEditableByApplicant, nextStatus, type GrantAction } from './lifecycle';

describe('the grant application lifecycle', () => {
  it.each<[GrantApplicationStatus, GrantAction, GrantApplicationStatus]>([
    ['draft', 'submit', 'submitted'],
    ['revision_requested', 'submit', 'submitted'],
    ['submitted', 'accept', 'in_review'],
    ['submitted', 'requestRevision', 'revision_requested'],
    ['in_review', 'approve', 'approved'],
    ['in_review', 'reject', 'rejected'],
    ['approved', 'requestPayment', 'payment_requested'],
    ['paid', 'requestPayment', 'payment_requested'],
    ['payment_requested', 'markPaid', 'paid'],
    ['paid', 'submitReport', 'report_submitted'],
    ['report_corrections', 'submitReport', 'report_submitted'],
    ['report_submitted', 'requestCorrections', 'report_corrections'],
    ['report_submitted', 'closeReport', 'closed'],
    ['draft', 'withdraw', 'withdrawn'],
    ['submitted', 'withdraw', 'withdrawn'],
    ['revision_requested', 'withdraw', 'withdrawn'],
    ['in_review', 'withdraw', 'withdrawn'],
  ])('%s —%s→ %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('refuses skipped steps and moves after a decision', () => {
    expect(nextStatus('draft', 'approve')).toBeNull();
    expect(nextStatus('submitted', 'approve')).toBeNull();
    expect(nextStatus('approved', 'withdraw')).toBeNull();
    expect(nextStatus('approved', 'submitReport')).toBeNull();
    expect(nextStatus('payment_requested', 'requestPayment')).toBeNull();
    expect(nextStatus('in_review', 'submit')).toBeNull();
  });
  it('has final states with no way out', () => {
    for (const s of ['rejected', 'closed', 'withdrawn'] as const) expect(allowedActions(s)).toEqual([]);
    expect(allowedActions('paid')).toEqual(['requestPayment', 'submitReport']);
  });
  it('never leads back to draft, whatever the sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRANT_ACTIONS), { maxLength: 30 }), (actions) => {
        let s: GrantApplicationStatus = 'draft';
        for (const a of actions) {
          const next = nextStatus(s, a);
          if (next) {
            expect(next).not.toBe('draft');
            expect(GRANT_APPLICATION_STATUSES).toContain(next);
            s = next;
          }
        }
      }),
    );
  });
  it('lets the applicant edit only drafts and forms sent back', () => {
    expect(GRANT_APPLICATION_STATUSES.filter(isEditableByApplicant)).toEqual(['draft', 'revision_requested']);
  });
  it('knows which states come after a decision and which hold budget', () => {
    expect(isDecided('in_review')).toBe(false);
    expect(isDecided('withdrawn')).toBe(false);
    expect(isDecided('rejected')).toBe(true);
    expect(isDecided('paid')).toBe(true);
    expect(holdsBudget('rejected')).toBe(false);
    expect(holdsBudget('closed')).toBe(true);
  });
});
