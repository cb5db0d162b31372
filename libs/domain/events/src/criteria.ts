import type { InvitationCriteria } from '@miteinander/contracts';
import { isCalendarDate } from '@miteinander/domain-calendar';
import { booleanProblems, intProblems, isAbsent, isRecord, isUuid } from './checks';
import { problem, type EventProblem } from './problem';

export const HOURS_YEAR_MIN = 2000;
export const HOURS_YEAR_MAX = 2100;
export const MAX_MIN_HOURS = 10_000;
export const MAX_ACTIVE_YEARS = 80;
/** More organisations than this are chosen with "every organisation", not one by one. */
export const MAX_ORGANISATIONS = 500;

const P = 'criteria.';

/**
 * Shape problems of the invitation criteria, with paths like `criteria.hoursInYear.minHours`. Every criterion is
 * optional (absent or null = not used). Never throws: the criteria come straight from JSON.
 */
export function criteriaProblems(c: InvitationCriteria): EventProblem[] {
  const data: unknown = c;
  if (!isRecord(data)) return [problem('criteria', 'type', { expected: 'object' })];
  return [
    ...hoursProblems(data['hoursInYear']),
    ...intProblems(data['activeYears'], `${P}activeYears`, 1, MAX_ACTIVE_YEARS),
    ...booleanProblems(data['cardHolders'], `${P}cardHolders`),
    ...periodProblems(data['completedSponsorships']),
    ...matchProblems(data['volunteerMatch']),
    ...organisationProblems(data['organisationContacts']),
    ...booleanProblems(data['nominated'], `${P}nominated`),
  ];
}

/**
 * True when at least one criterion selects someone: a set volunteer criterion, `cardHolders`/`nominated` true, or
 * organisation contacts (all, or a non-empty list). `volunteerMatch` alone selects nobody.
 */
export function hasCriteria(c: InvitationCriteria): boolean {
  const data: unknown = c;
  if (!isRecord(data)) return false;
  const orgs = data['organisationContacts'];
  return (
    isRecord(data['hoursInYear']) ||
    typeof data['activeYears'] === 'number' ||
    data['cardHolders'] === true ||
    isRecord(data['completedSponsorships']) ||
    orgs === true ||
    (Array.isArray(orgs) && orgs.length > 0) ||
    data['nominated'] === true
  );
}

function hoursProblems(value: unknown): EventProblem[] {
  const field = `${P}hoursInYear`;
  if (isAbsent(value)) return [];
  if (!isRecord(value)) return [problem(field, 'type', { expected: 'object' })];
  return [...requiredInt(value['year'], `${field}.year`, HOURS_YEAR_MIN, HOURS_YEAR_MAX), ...requiredInt(value['minHours'], `${field}.minHours`, 0, MAX_MIN_HOURS)];
}

function requiredInt(value: unknown, field: string, min: number, max: number): EventProblem[] {
  return isAbsent(value) ? [problem(field, 'required')] : intProblems(value, field, min, max);
}

function periodProblems(value: unknown): EventProblem[] {
  const field = `${P}completedSponsorships`;
  if (isAbsent(value)) return [];
  if (!isRecord(value)) return [problem(field, 'type', { expected: 'object' })];
  const problems = [...dateProblem(value['from'], `${field}.from`), ...dateProblem(value['to'], `${field}.to`)];
  if (problems.length === 0 && (value['from'] as string) > (value['to'] as string)) problems.push(problem(`${field}.to`, 'period'));
  return problems;
}

function dateProblem(value: unknown, field: string): EventProblem[] {
  if (isAbsent(value) || value === '') return [problem(field, 'required')];
  if (typeof value !== 'string') return [problem(field, 'type', { expected: 'string' })];
  return isCalendarDate(value) ? [] : [problem(field, 'date')];
}

function matchProblems(value: unknown): EventProblem[] {
  const field = `${P}volunteerMatch`;
  if (isAbsent(value)) return [];
  if (typeof value !== 'string') return [problem(field, 'type', { expected: 'string' })];
  return value === 'all' || value === 'any' ? [] : [problem(field, 'oneOf')];
}

function organisationProblems(value: unknown): EventProblem[] {
  const field = `${P}organisationContacts`;
  if (isAbsent(value) || typeof value === 'boolean') return [];
  if (!Array.isArray(value)) return [problem(field, 'type', { expected: 'array' })];
  if (value.length > MAX_ORGANISATIONS) return [problem(field, 'tooMany', { max: MAX_ORGANISATIONS })];
  return value.flatMap((id: unknown, i) => (isUuid(id) ? [] : [problem(`${field}.${i}`, 'uuid')]));
}
