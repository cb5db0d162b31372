import { EVENT_KINDS, type EventInput } from '@miteinander/contracts';
import { isCalendarDate } from '@miteinander/domain-calendar';
import { booleanProblems, intProblems, isAbsent, isBlank, isRecord, requiredTextProblems, textProblems } from './checks';
import { parseLocalDateTime } from './local-time';
import { problem, type EventProblem } from './problem';

export const MAX_TITLE = 200;
export const MAX_VENUE_NAME = 200;
export const MAX_VENUE_ADDRESS = 500;
export const MAX_ACCESSIBILITY = 2000;
export const MAX_DESCRIPTION = 5000;
export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 100_000;

/**
 * Every problem of an event form at once (POST and PATCH send the whole form). `nowLocal` is the Berlin wall clock
 * `yyyy-mm-ddThh:mm`; its date is "today" for the RSVP deadline. Never throws: the input comes straight from JSON.
 */
export function eventInputProblems(input: EventInput, nowLocal: string): EventProblem[] {
  const data: unknown = input;
  if (!isRecord(data)) return [problem('event', 'type', { expected: 'object' })];
  const now = String(nowLocal).slice(0, 16);
  const start = startProblems(data['startsAt'], now);
  return [
    ...kindProblems(data['kind']),
    ...requiredTextProblems(data['title'], 'title', MAX_TITLE),
    ...start.problems,
    ...endProblems(data['endsAt'], start.valid ? (data['startsAt'] as string) : null),
    ...requiredTextProblems(data['venueName'], 'venueName', MAX_VENUE_NAME),
    ...requiredTextProblems(data['venueAddress'], 'venueAddress', MAX_VENUE_ADDRESS),
    ...textProblems(data['accessibility'], 'accessibility', MAX_ACCESSIBILITY),
    ...(isAbsent(data['capacity']) ? [problem('capacity', 'required')] : intProblems(data['capacity'], 'capacity', MIN_CAPACITY, MAX_CAPACITY)),
    ...deadlineProblems(data['rsvpDeadline'], start.valid ? (data['startsAt'] as string).slice(0, 10) : null, now.slice(0, 10)),
    ...(isAbsent(data['plusOnesAllowed']) ? [problem('plusOnesAllowed', 'required')] : booleanProblems(data['plusOnesAllowed'], 'plusOnesAllowed')),
    ...textProblems(data['descriptionDe'], 'descriptionDe', MAX_DESCRIPTION),
    ...textProblems(data['descriptionEn'], 'descriptionEn', MAX_DESCRIPTION),
  ];
}

function kindProblems(kind: unknown): EventProblem[] {
  if (isBlank(kind)) return [problem('kind', 'required')];
  if (typeof kind !== 'string') return [problem('kind', 'type', { expected: 'string' })];
  return (EVENT_KINDS as readonly string[]).includes(kind) ? [] : [problem('kind', 'oneOf')];
}

/** `valid` means a real local time, so the end and the deadline can be compared with it (even when it is past). */
function startProblems(startsAt: unknown, now: string): { problems: EventProblem[]; valid: boolean } {
  const shape = localTimeProblems(startsAt, 'startsAt');
  if (shape) return { problems: shape, valid: false };
  // Same fixed-width format on both sides, so comparing the strings compares the times.
  return { problems: (startsAt as string) < now ? [problem('startsAt', 'inPast')] : [], valid: true };
}

function endProblems(endsAt: unknown, startsAt: string | null): EventProblem[] {
  if (isBlank(endsAt)) return [];
  const shape = localTimeProblems(endsAt, 'endsAt');
  if (shape) return shape;
  return startsAt !== null && (endsAt as string) <= startsAt ? [problem('endsAt', 'endBeforeStart')] : [];
}

/** null when the value is a real local time; else its problems (required / type / localDateTime). */
function localTimeProblems(value: unknown, field: string): EventProblem[] | null {
  if (isBlank(value)) return [problem(field, 'required')];
  if (typeof value !== 'string') return [problem(field, 'type', { expected: 'string' })];
  return parseLocalDateTime(value) ? null : [problem(field, 'localDateTime')];
}

/** Answers are accepted until the end of the deadline's day, so a deadline of today is fine and the event's day too. */
function deadlineProblems(deadline: unknown, eventDate: string | null, today: string): EventProblem[] {
  if (isBlank(deadline)) return [problem('rsvpDeadline', 'required')];
  if (typeof deadline !== 'string') return [problem('rsvpDeadline', 'type', { expected: 'string' })];
  if (!isCalendarDate(deadline)) return [problem('rsvpDeadline', 'date')];
  const problems: EventProblem[] = [];
  if (eventDate !== null && deadline > eventDate) problems.push(problem('rsvpDeadline', 'deadlineAfterEvent', { eventDate }));
  if (deadline < today) problems.push(problem('rsvpDeadline', 'deadlinePassed', { deadline }));
  return problems;
}
