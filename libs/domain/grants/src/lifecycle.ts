import type { GrantApplicationStatus } from '@miteinander/contracts';

export const GRANT_ACTIONS = [
  'submit',
  'accept',
  'requestRevision',
  'approve',
  'reject',
  'requestPayment',
  'markPaid',
  'submitReport',
  'requestCorrections',
  'closeReport',
  'withdraw',
] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];

/**
 * Which action leads where. The main path is
 * draft → submitted → in_review → approved → payment_requested → paid → report_submitted → closed;
 * the loops are the ones the KfI meets in practice:
 * - submitted → revision_requested → submitted: the pre-check asks for changes, the applicant resubmits;
 * - paid → payment_requested → paid: money is called in tranches;
 * - report_submitted → report_corrections → report_submitted: the report needs fixing.
 * Withdrawing is possible until the decision; rejected, closed and withdrawn are final.
 */
export const GRANT_TRANSITIONS: Readonly<Record<GrantApplicationStatus, Readonly<Partial<Record<GrantAction, GrantApplicationStatus>>>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { accept: 'in_review', requestRevision: 'revision_requested', withdraw: 'withdrawn' },
  revision_requested: { submit: 'submitted', withdraw: 'withdrawn' },
  in_review: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  approved: { requestPayment: 'payment_requested' },
  rejected: {},
  payment_requested: { markPaid: 'paid' },
  paid: { requestPayment: 'payment_requested', submitReport: 'report_submitted' },
  report_submitted: { requestCorrections: 'report_corrections', closeReport: 'closed' },
  report_corrections: { submitReport: 'report_submitted' },
  closed: {},
  withdrawn: {},
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: GrantApplicationStatus, action: GrantAction): GrantApplicationStatus | null {
  return GRANT_TRANSITIONS[from]?.[action] ?? null;
}

export function allowedActions(from: GrantApplicationStatus): GrantAction[] {
  return GRANT_ACTIONS.filter((a) => nextStatus(from, a) !== null);
}

/** Only a draft or a form sent back for revision may be changed by the applicant; everything later is on record. */
export function isEditableByApplicant(status: GrantApplicationStatus): boolean {
  return status === 'draft' || status === 'revision_requested';
}

const DECIDED: readonly GrantApplicationStatus[] = ['approved', 'rejected', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed'];

/** A funding decision has been made (approved or rejected, and everything after an approval). */
export function isDecided(status: GrantApplicationStatus): boolean {
  return DECIDED.includes(status);
}

/** Approved and not rejected: the approved amount is taken from the call's budget. */
export function holdsBudget(status: GrantApplicationStatus): boolean {
  return isDecided(status) && status !== 'rejected';
}
