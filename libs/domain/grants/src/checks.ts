import { isCalendarDate } from '@miteinander/domain-calendar';
import { problem, type GrantProblem } from './problem';

/** Hard ceiling for any single amount (1,000,000 €): catches typos long before a limit rule would. */
export const MAX_CENTS = 100_000_000;

/** Keys for cost lines, areas and criteria: short, URL- and path-safe. */
export const KEY_PATTERN = /^[a-z0-9-]{1,40}$/;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Whole, non-negative cents up to MAX_CENTS; "12,50" and 12.5 are typing mistakes, not amounts. */
export function centsProblems(value: unknown, field: string, max = MAX_CENTS): GrantProblem[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [problem(field, 'wholeCents')];
  if (value < 0) return [problem(field, 'notNegative')];
  if (value > max) return [problem(field, 'tooLarge', { limit: max })];
  return [];
}

export function textProblems(value: unknown, field: string, max: number): GrantProblem[] {
  if (typeof value !== 'string') return [problem(field, 'type', { expected: 'string' })];
  // Count code points, not UTF-16 units, so an emoji is one character as the user sees it.
  return [...value].length > max ? [problem(field, 'maxLength', { max })] : [];
}

export function intProblems(value: unknown, field: string, min: number, max: number): GrantProblem[] {
  return isInt(value, min, max) ? [] : [problem(field, 'range', { min, max })];
}

export function dateProblems(value: unknown, field: string): GrantProblem[] {
  return isCalendarDate(value) ? [] : [problem(field, 'date')];
}

export function oneOfProblems(value: unknown, field: string, allowed: readonly string[]): GrantProblem[] {
  return typeof value === 'string' && allowed.includes(value) ? [] : [problem(field, 'oneOf')];
}

export function unknownKeyProblems(value: Record<string, unknown>, known: readonly string[], prefix: string): GrantProblem[] {
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => problem(`${prefix}${k}`, 'unknownField'));
}

/** Empty or only spaces counts as not filled in. */
export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
