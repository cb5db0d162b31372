import { problem, type EventProblem } from './problem';

/** Small field checks shared by the event input and the criteria; each never throws, whatever it is given. */

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Absent in JSON terms: the key is missing or null. */
export const isAbsent = (v: unknown): v is null | undefined => v === undefined || v === null;

/** Empty or only spaces counts as not filled in. */
export const isBlank = (v: unknown): boolean => isAbsent(v) || (typeof v === 'string' && v.trim() === '');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** Text up to `max` characters (code points, so an emoji is one character as the user sees it); absent is fine. */
export function textProblems(value: unknown, field: string, max: number): EventProblem[] {
  if (isAbsent(value)) return [];
  if (typeof value !== 'string') return [problem(field, 'type', { expected: 'string' })];
  return [...value].length > max ? [problem(field, 'maxLength', { max })] : [];
}

/** Text that must be filled in, up to `max` characters. */
export function requiredTextProblems(value: unknown, field: string, max: number): EventProblem[] {
  if (typeof value !== 'string' && !isAbsent(value)) return [problem(field, 'type', { expected: 'string' })];
  return isBlank(value) ? [problem(field, 'required')] : textProblems(value, field, max);
}

/** A whole number from min to max; absent is fine (the caller decides whether it is required). */
export function intProblems(value: unknown, field: string, min: number, max: number): EventProblem[] {
  if (isAbsent(value)) return [];
  if (typeof value !== 'number') return [problem(field, 'type', { expected: 'number' })];
  return Number.isInteger(value) && value >= min && value <= max ? [] : [problem(field, 'range', { min, max })];
}

export function booleanProblems(value: unknown, field: string): EventProblem[] {
  return isAbsent(value) || typeof value === 'boolean' ? [] : [problem(field, 'type', { expected: 'boolean' })];
}
