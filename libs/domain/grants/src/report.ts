import type { CostLine, GrantReportInput } from '@miteinander/contracts';
import { addMonths, daysBetween } from '@miteinander/domain-calendar';
import { centsProblems, dateProblems, intProblems, isBlank, isRecord, textProblems, unknownKeyProblems } from './checks';
import { MAX_COST_LINES, MAX_PARTICIPANTS } from './draft-shape';
import { problem, type GrantProblem } from './problem';

export const MAX_NARRATIVE = 20_000;
export const MAX_RECEIPTS = 500;

/** Due N months after the project's end, clamped to the month's end like SQL's date + interval (08-31 + 6 → 02-28). */
export function reportDue(endDate: string, months: number): string {
  return addMonths(endDate, months);
}

/**
 * Problems of a final report. 'submit' (the default) also asks for what a filed report must have; 'draft' only
 * checks what is there, so PUT …/report can save half a report.
 */
export function reportProblems(input: unknown, planLines: CostLine[], mode: 'draft' | 'submit' = 'submit'): GrantProblem[] {
  if (!isRecord(input)) return [problem('report', 'type', { expected: 'object' })];
  const problems = unknownKeyProblems(input, ['narrative', 'actualCosts', 'receipts', 'participantsRefugees', 'participantsLocals'], '');
  const submit = mode === 'submit';

  if (input['narrative'] !== undefined) problems.push(...textProblems(input['narrative'], 'narrative', MAX_NARRATIVE));
  if (submit && isBlank(input['narrative'])) problems.push(problem('narrative', 'required'));

  if (input['actualCosts'] !== undefined) problems.push(...actualCostProblems(input['actualCosts'], planLines));
  if (input['receipts'] !== undefined) problems.push(...receiptProblems(input['receipts']));

  for (const field of ['participantsRefugees', 'participantsLocals']) {
    if (input[field] !== undefined) problems.push(...intProblems(input[field], field, 0, MAX_PARTICIPANTS));
    else if (submit) problems.push(problem(field, 'required'));
  }
  return problems;
}

/** The financial statement: one actual amount per plan line, referring to the line by its stable id. */
function actualCostProblems(value: unknown, planLines: CostLine[]): GrantProblem[] {
  if (!Array.isArray(value)) return [problem('actualCosts', 'type', { expected: 'array' })];
  const ids = planLines.map((l) => l.id);
  // One entry per plan line at most; duplicates and strangers are named one by one below.
  if (value.length > MAX_COST_LINES) return [problem('actualCosts', 'tooMany', { max: MAX_COST_LINES })];
  const seen = new Set<string>();
  const problems: GrantProblem[] = [];
  value.forEach((cost: unknown, i) => {
    const at = `actualCosts.${i}`;
    if (!isRecord(cost)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(cost, ['lineId', 'amountCents'], `${at}.`));
    const id = cost['lineId'];
    if (typeof id !== 'string' || !ids.includes(id)) problems.push(problem(`${at}.lineId`, 'unknownLine'));
    else if (seen.has(id)) problems.push(problem(`${at}.lineId`, 'duplicate'));
    else seen.add(id);
    problems.push(...centsProblems(cost['amountCents'], `${at}.amountCents`));
  });
  return problems;
}

function receiptProblems(value: unknown): GrantProblem[] {
  if (!Array.isArray(value)) return [problem('receipts', 'type', { expected: 'array' })];
  if (value.length > MAX_RECEIPTS) return [problem('receipts', 'tooMany', { max: MAX_RECEIPTS })];
  const problems: GrantProblem[] = [];
  value.forEach((receipt: unknown, i) => {
    const at = `receipts.${i}`;
    if (!isRecord(receipt)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(receipt, ['date', 'issuer', 'description', 'amountCents'], `${at}.`));
    problems.push(...dateProblems(receipt['date'], `${at}.date`));
    for (const [field, max] of [['issuer', 200], ['description', 300]] as const) {
      if (isBlank(receipt[field])) problems.push(problem(`${at}.${field}`, 'required'));
      else problems.push(...textProblems(receipt[field], `${at}.${field}`, max));
    }
    problems.push(...centsProblems(receipt['amountCents'], `${at}.amountCents`));
  });
  return problems;
}

/** Sum of the actual costs; anything not a number (a draft) counts as 0. */
export function actualTotalCents(input: Pick<GrantReportInput, 'actualCosts'>): number {
  const costs: unknown[] = Array.isArray(input?.actualCosts) ? input.actualCosts : [];
  return costs.reduce<number>((sum, c) => {
    const v = (c as { amountCents?: unknown } | null)?.amountCents;
    return sum + (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  }, 0);
}

export interface ReturnFacts {
  paidCents: number;
  actualTotalCents: number;
  ownContributionCents: number;
  otherFundingCents: number;
}

/**
 * What the applicant pays back: the grant covers only what the actual costs leave after the own contribution and
 * other funding (both are spent first); anything paid beyond that goes back. Never negative.
 */
export function fundsToReturn({ paidCents, actualTotalCents, ownContributionCents, otherFundingCents }: ReturnFacts): number {
  const justified = Math.max(0, actualTotalCents - ownContributionCents - otherFundingCents);
  return Math.max(0, paidCents - justified);
}

/**
 * When report reminders go out, as days relative to the due date (14 days before, on the day, the day after).
 * A scheduler finds the rows for a stage with `reportDue = today − offset`.
 */
export const REPORT_REMINDER_OFFSETS = { before14: -14, onDay: 0, overdue: 1 } as const;
export type ReportReminderStage = keyof typeof REPORT_REMINDER_OFFSETS;

/** The reminder due today for a report due on `due`, or null on every other day (so each one is sent once). */
export function reportReminderStage(due: string, today: string): ReportReminderStage | null {
  const offset = daysBetween(due, today);
  const stage = (Object.keys(REPORT_REMINDER_OFFSETS) as ReportReminderStage[]).find((s) => REPORT_REMINDER_OFFSETS[s] === offset);
  return stage ?? null;
}
