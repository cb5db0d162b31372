import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@miteinander/contracts';
import { AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';

export type EventAuditEntity = 'recognition_event' | 'event_invitation';

/** Audit rows for changes made with plain SQL (which bypasses the entity subscriber), in the caller's transaction. */
export async function auditEvents(
  m: EntityManager,
  entity: EventAuditEntity,
  action: AuditAction,
  rows: { id: string; before: Record<string, unknown>; after: Record<string, unknown> }[],
): Promise<void> {
  if (!rows.length) return;
  const actorId = requestContext.actorId();
  await m.insert(
    AuditEntry,
    rows.map((r) => ({ actorId, action, entity, entityId: r.id, diff: auditDiff(r.before, r.after) as never })),
  );
}
