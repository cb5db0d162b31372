import type { GrantApplicationStatus } from '@miteinander/contracts';
import { problem, type GrantProblem } from './problem';

/** What is left of a call's budget; negative only if the invariant "approved ≤ budget" was broken elsewhere. */
export function remainingCents(totalBudgetCents: number, approvedCents: number): number {
  return totalBudgetCents - approvedCents;
}

/** An approval grants a whole amount from 1 cent up to what was requested (never more). */
export function decisionProblems(requestedCents: number, amountCents: unknown): GrantProblem[] {
  if (typeof amountCents !== 'number' || !Number.isInteger(amountCents)) return [problem('amountCents', 'wholeCents')];
  if (amountCents < 1) return [problem('amountCents', 'notPositive')];
  if (amountCents > requestedCents) return [problem('amountCents', 'overRequested', { limit: requestedCents })];
  return [];
}

/** Whether approving `amountCents` keeps the sum of approvals within the budget. */
export function fitsBudget(totalBudgetCents: number, approvedCents: number, amountCents: number): boolean {
  return approvedCents + amountCents <= totalBudgetCents;
}

export interface RankableRow {
  requestedCents: number;
  approvedCents: number | null;
  weightedAverage: number | null;
  /** When given, a rejected or withdrawn row takes nothing from the budget. */
  status?: GrantApplicationStatus;
}

/**
 * The ranking the coordinator decides from: best weighted average first (unscored last, smaller requests first on
 * a tie), and for each row what would be left if it and every row above it were funded — the approved amount
 * where decided, else the full request. Goes negative where the budget runs out.
 */
export function rankWithBudget<T extends RankableRow>(rows: T[], totalBudgetCents: number): (T & { remainingAfterCents: number })[] {
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => byScore(a.row, b.row) || a.row.requestedCents - b.row.requestedCents || a.i - b.i)
    .map(({ row }) => row);
  let used = 0;
  return sorted.map((row) => {
    used += consumes(row);
    return { ...row, remainingAfterCents: totalBudgetCents - used };
  });
}

function consumes(row: RankableRow): number {
  if (row.status === 'rejected' || row.status === 'withdrawn') return 0;
  return row.approvedCents ?? row.requestedCents;
}

/** Higher average first, unscored rows after all scored ones. */
function byScore(a: RankableRow, b: RankableRow): number {
  if (a.weightedAverage === b.weightedAverage) return 0;
  if (a.weightedAverage === null) return 1;
  if (b.weightedAverage === null) return -1;
  return b.weightedAverage - a.weightedAverage;
}
