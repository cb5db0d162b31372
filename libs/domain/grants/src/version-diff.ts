import type { CostLine, GrantApplicationData } from '@miteinander/contracts';
import { COST_LINE_FIELDS, GRANT_FORM_FIELDS } from './form-fields';

export interface FieldChange {
  field: string;
  /** null when the field (or cost line) was absent. */
  before: unknown;
  after: unknown;
}

/** Values are JSON from the form: comparing their JSON is exact enough and needs no deep-equal library. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed between two submitted versions, for the coordinator's "what did they fix" view. Flat paths in form
 * order; cost lines are matched by their stable id, not position, so reordering is not a change and an edited
 * amount shows as `costLines.<id>.amountCents`. Added and removed lines appear whole.
 */
export function versionDiff(before: GrantApplicationData, after: GrantApplicationData): FieldChange[] {
  const changes: FieldChange[] = [];
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !(GRANT_FORM_FIELDS as readonly string[]).includes(k))
    .sort();
  for (const field of [...GRANT_FORM_FIELDS, ...extra]) {
    const b = (before as Record<string, unknown>)[field];
    const a = (after as Record<string, unknown>)[field];
    if (field === 'costLines') changes.push(...costLineChanges(before.costLines ?? [], after.costLines ?? []));
    else if (!same(b, a)) changes.push({ field, before: b ?? null, after: a ?? null });
  }
  return changes;
}

/** Lines in the old order (changed or removed), then new lines in the order they were added. */
function costLineChanges(before: CostLine[], after: CostLine[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const afterById = new Map(after.map((l) => [l.id, l]));
  const beforeIds = new Set(before.map((l) => l.id));
  for (const old of before) {
    const now = afterById.get(old.id);
    if (!now) {
      changes.push({ field: `costLines.${old.id}`, before: old, after: null });
      continue;
    }
    for (const part of COST_LINE_FIELDS) {
      if (part !== 'id' && !same(old[part], now[part])) changes.push({ field: `costLines.${old.id}.${part}`, before: old[part] ?? null, after: now[part] ?? null });
    }
  }
  for (const line of after) if (!beforeIds.has(line.id)) changes.push({ field: `costLines.${line.id}`, before: null, after: line });
  return changes;
}
