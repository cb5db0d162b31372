export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field-level change: `[before, after]`; secret fields are shown as '***'. */
export type AuditDiff = Record<string, [unknown, unknown]>;

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  diff: AuditDiff | null;
}
