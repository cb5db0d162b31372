/**
 * A broken rule on one field. The server turns `rule` (+ `params`) into a plain-language message naming the
 * field, so the domain code never writes user-facing text. Field paths are dotted: `criteria.hoursInYear.minHours`.
 */
export interface EventProblem {
  field: string;
  rule: EventProblemRule;
  params?: Record<string, string | number>;
}

/**
 * Every rule code this library emits; the server's message table must cover all of them. Params are listed after
 * the dash; date params (yyyy-mm-dd) are shown as dates by the server.
 */
export const EVENT_PROBLEM_RULES = [
  // Shape
  'type', // wrong JSON type (a number where text belongs, an object expected …) — {expected}: string|number|boolean|object|array
  'required', // must be filled in — no params
  'maxLength', // text too long — {max} characters
  'oneOf', // not one of the allowed values (event kind, all/any) — no params
  'localDateTime', // not a real local date and time written yyyy-mm-ddThh:mm — no params
  'date', // not a real calendar day written yyyy-mm-dd — no params
  'range', // a whole number outside its range, or not a whole number — {min, max}
  'tooMany', // a list with too many entries — {max}
  'uuid', // not an id (uuid) — no params
  // Event rules
  'inPast', // the start lies in the past — no params
  'endBeforeStart', // the end is not after the start — no params
  'deadlineAfterEvent', // the RSVP deadline is after the event's day — {eventDate}
  'deadlinePassed', // the RSVP deadline is before today — {deadline} (the deadline entered)
  // Criteria rules
  'period', // a period whose end (to) is before its start (from) — no params
] as const;

export type EventProblemRule = (typeof EVENT_PROBLEM_RULES)[number];

/** Builds a problem; typing `rule` as a known code keeps EVENT_PROBLEM_RULES complete. */
export function problem(field: string, rule: EventProblemRule, params?: Record<string, string | number>): EventProblem {
  return params === undefined ? { field, rule } : { field, rule, params };
}
