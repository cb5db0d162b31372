import type { GrantApplicationData } from '@miteinander/contracts';

export interface PlanTotals {
  costsCents: number;
  ownContributionCents: number;
  otherFundingCents: number;
  /** Costs − own contribution − other funding; never negative (you cannot request less than nothing). */
  computedRequestCents: number;
}

/** A draft may hold gaps or garbage (shape problems are reported elsewhere): anything not a finite number counts as 0. */
const amount = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The cost and financing plan's sums, as the form shows them while the applicant types. */
export function planTotals(data: GrantApplicationData): PlanTotals {
  const lines: unknown[] = Array.isArray(data?.costLines) ? data.costLines : [];
  const costsCents = lines.reduce<number>((sum, line) => sum + amount((line as { amountCents?: unknown } | null)?.amountCents), 0);
  const ownContributionCents = amount(data?.ownContributionCents);
  const otherFundingCents = amount(data?.otherFundingCents);
  return { costsCents, ownContributionCents, otherFundingCents, computedRequestCents: Math.max(0, costsCents - ownContributionCents - otherFundingCents) };
}
