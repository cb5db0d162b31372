import { problem, type GrantProblem } from './problem';

export interface PaymentRequestFacts {
  approvedCents: number;
  /** Sum of earlier payment requests (paid or still waiting). */
  requestedSoFarCents: number;
  amountCents: unknown;
}

/** A payment request (Mittelabforderung) asks for a whole amount, at most what is left of the approval. */
export function paymentProblems({ approvedCents, requestedSoFarCents, amountCents }: PaymentRequestFacts): GrantProblem[] {
  if (typeof amountCents !== 'number' || !Number.isInteger(amountCents)) return [problem('amountCents', 'wholeCents')];
  if (amountCents < 1) return [problem('amountCents', 'notPositive')];
  const left = Math.max(0, approvedCents - requestedSoFarCents);
  if (amountCents > left) return [problem('amountCents', 'overApproved', { left })];
  return [];
}
