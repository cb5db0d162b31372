import type { AuditDiff } from '@miteinander/contracts';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Each changed field as "field: before → after" (secret fields arrive already masked). */
export function diffLines(diff: AuditDiff | null): string[] {
  return Object.entries(diff ?? {}).map(([field, [before, after]]) => `${field}: ${show(before)} → ${show(after)}`);
}
