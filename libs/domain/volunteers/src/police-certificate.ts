import type { PoliceCertificateState } from '@miteinander/contracts';
import { addDays, addMonths, addYears, isCalendarDate } from '@miteinander/domain-calendar';
import type { RuleProblem } from './rule-problem';

/** The county's numbers for the extended police certificate (§72a SGB VIII); configuration, never constants. */
export interface PoliceCertificateRules {
  /** The certificate may be at most this old when it is inspected (3 by default). */
  maxAgeMonths: number;
  /** Re-inspection is due this many years after the issue date (5 by default). */
  validYears: number;
  /** "Re-inspection due" is shown this many days before expiry (60 by default). */
  remindDays: number;
}

export interface PoliceCertificateFacts {
  /** yyyy-mm-dd */
  inspectionDate: string;
  /** yyyy-mm-dd */
  issueDate: string;
  relevantEntry: boolean;
}

/**
 * What is wrong with an inspection record, field by field; empty when it can be stored.
 * `today` is the calendar date in the county's time zone.
 */
export function policeCertificateProblems(facts: Pick<PoliceCertificateFacts, 'inspectionDate' | 'issueDate'>, today: string, rules: PoliceCertificateRules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const inspectionOk = isCalendarDate(facts.inspectionDate);
  const issueOk = isCalendarDate(facts.issueDate);
  if (!inspectionOk) problems.push({ field: 'inspectionDate', rule: 'calendarDate' });
  if (!issueOk) problems.push({ field: 'issueDate', rule: 'calendarDate' });
  if (!inspectionOk || !issueOk) return problems;
  // ISO dates compare correctly as strings.
  if (facts.inspectionDate > today) problems.push({ field: 'inspectionDate', rule: 'dateInFuture' });
  else if (facts.inspectionDate < facts.issueDate) problems.push({ field: 'inspectionDate', rule: 'inspectionBeforeIssue' });
  else if (addMonths(facts.issueDate, rules.maxAgeMonths) < facts.inspectionDate) {
    problems.push({ field: 'issueDate', rule: 'certificateTooOld', n: rules.maxAgeMonths });
  }
  return problems;
}

/** The last day the inspection counts: issue date + validYears. */
export function policeCertificateValidUntil(issueDate: string, rules: Pick<PoliceCertificateRules, 'validYears'>): string {
  return addYears(issueDate, rules.validYears);
}

/**
 * The state shown in lists. A relevant entry wins over everything: that person is never placed with minors,
 * however recent the certificate. The same rule is written in SQL for filtering (server-people), keep both alike.
 */
export function policeCertificateState(facts: PoliceCertificateFacts | null, today: string, rules: Pick<PoliceCertificateRules, 'validYears' | 'remindDays'>): PoliceCertificateState {
  if (!facts) return 'missing';
  if (facts.relevantEntry) return 'relevant_entry';
  const validUntil = policeCertificateValidUntil(facts.issueDate, rules);
  if (today > validUntil) return 'expired';
  if (today >= addDays(validUntil, -rules.remindDays)) return 'reinspection_due';
  return 'valid';
}

/**
 * The earliest issue date whose inspection still counts today (not expired): an inspection counts exactly when
 * its issue date is on or after this day, so a statement can compare the stored date instead of adding years to
 * every row. Adding years is monotone (Feb 29 becomes Feb 28), hence a single cut-off day exists.
 */
export function earliestValidIssueDate(today: string, rules: Pick<PoliceCertificateRules, 'validYears'>): string {
  let cutoff = addYears(today, -rules.validYears);
  while (policeCertificateValidUntil(addDays(cutoff, -1), rules) >= today) cutoff = addDays(cutoff, -1);
  while (policeCertificateValidUntil(cutoff, rules) < today) cutoff = addDays(cutoff, 1);
  return cutoff;
}
