/**
 * A broken rule on one field. The server turns `rule` (+ `params`) into a plain-language message naming the
 * field, so the domain code never writes user-facing text. Field paths are dotted: `costLines.2.amountCents`.
 */
export interface GrantProblem {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

/**
 * Every rule code this library emits; the server's message table must cover all of them (a test checks that the
 * table and this list agree). Params are listed after the dash; money params (cents) are always named
 * `limit`, `computed` or `left`, so the server can show them in euros.
 */
export const GRANT_PROBLEM_RULES = [
  // Shape (also checked on every draft autosave)
  'unknownField', // the key is not part of the form / input — no params
  'type', // wrong JSON type (e.g. a number where text belongs, an object expected) — {expected}
  'maxLength', // text too long — {max} characters
  'oneOf', // not one of the allowed values (applicant type, field of action, cost category …) — no params
  'date', // not a real calendar day written yyyy-mm-dd — no params
  'notNegative', // an amount below 0 — no params
  'wholeCents', // an amount that is not a whole number of cents (12.5, "12,50", NaN) — no params
  'tooLarge', // an amount above the system's ceiling — {limit} cents
  'range', // a whole number outside its range, or not a whole number — {min, max}
  'tooMany', // a list with too many entries — {max}
  'pattern', // a key that does not match [a-z0-9-]{1,40} — no params
  'duplicate', // the same key / criterion / line appears twice in a list — no params
  // Completeness and rules (submission)
  'required', // must be filled in — no params
  'costLinesRequired', // the cost plan needs at least one line — no params
  'callNotOpen', // the call has not been published yet (field `call`) — no params
  'callPaused', // the call is paused, applications cannot be submitted now (field `call`) — no params
  'callClosed', // the call is closed (field `call`) — no params
  'deadlinePassed', // today is after the call's deadline (field `call`) — {deadline}
  'notInCall', // the field of action / project area is not offered by this call — no params
  'areaNotInField', // the project area belongs to another field of action — no params
  'endBeforeStart', // the end date is before the start date — no params
  'startTooSoon', // the project starts before submission + lead time — {earliest, days}
  'requestedMismatch', // amount requested ≠ costs − own contribution − other funding — {computed} cents
  'overLimit', // amount requested above the limit for this project area — {limit} cents
  'nothingToFund', // costs minus own contribution and other funding leave nothing to request — no params
  'financingExceedsCosts', // own contribution + other funding exceed the costs — no params
  'iban', // not a valid IBAN (checksum / country format) — no params
  'participantsRequired', // planned refugees + locals must be at least 1 — no params
  // Decisions, payments, reviews
  'notPositive', // an amount must be at least 1 cent — no params
  'overRequested', // the approved amount is above the amount requested — {limit} = the requested cents
  'overApproved', // the payment request is above what is left of the approved amount — {left} cents
  'unknownCriterion', // the score names a criterion the call does not have — no params
  'points', // points must be a whole number from 0 to the maximum — {min, max}
  // Final report
  'unknownLine', // an actual cost refers to a line that is not in the cost plan — no params
  // Call settings
  'notAboveBudget', // a per-project limit must not exceed the call's total budget — {limit} cents
  'notAboveProjectLimit', // the language-course limit must not exceed the per-project limit — {limit} cents
] as const;

export type GrantProblemRule = (typeof GRANT_PROBLEM_RULES)[number];

/** Builds a problem; typing `rule` as a known code keeps GRANT_PROBLEM_RULES complete. */
export function problem(field: string, rule: GrantProblemRule, params?: Record<string, string | number>): GrantProblem {
  return params === undefined ? { field, rule } : { field, rule, params };
}
