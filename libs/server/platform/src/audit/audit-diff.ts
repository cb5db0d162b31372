import type { AuditDiff } from '@miteinander/contracts';

/** Fields whose values never enter the audit trail; a change to them is recorded as '***'. */
export const SECRET_FIELDS = new Set(['passwordHash', 'csrfToken', 'tokenHash']);
/** Bookkeeping fields that change on every write and say nothing to a reader of the trail. */
const IGNORED_FIELDS = new Set(['updatedAt']);

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** Field-level difference between two versions of a record; `before` undefined means created. */
export function auditDiff(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  /** The entity's sensitive fields (e.g. a family's contact details): the trail says that they changed, not to what. */
  redacted: ReadonlySet<string> = new Set(),
): AuditDiff {
  const diff: AuditDiff = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    const a = normalise(before?.[key]);
    const b = normalise(after?.[key]);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    diff[key] = SECRET_FIELDS.has(key) || redacted.has(key) ? ['***', '***'] : [a, b];
  }
  return diff;
}
