import type { EntityManager } from 'typeorm';
import { AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';

/** Audit row for a change made with a set-based UPDATE (which bypasses the entity subscriber), in the caller's transaction. */
export async function auditUpdate(m: EntityManager, entity: string, entityId: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
  await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'update', entity, entityId, diff: auditDiff(before, after) as never });
}
