import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type RemoveEvent, type UpdateEvent } from 'typeorm';
import { requestContext } from '../context/request-context';
import { AuditEntry } from './audit-entry.entity';
import { auditDiff } from './audit-diff';

/** Marks an entity class whose create/update/delete go into the audit trail. */
export const AUDITED = Symbol('audited');
const REDACTED = Symbol('audit-redacted');
/** `redact`: sensitive fields whose values stay out of the trail (it records that they changed). */
export function Audited(entityName: string, options: { redact?: readonly string[] } = {}): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(AUDITED, entityName, target);
    Reflect.defineMetadata(REDACTED, new Set(options.redact ?? []), target);
  };
}

function auditedName(target: unknown): string | undefined {
  return typeof target === 'function' ? Reflect.getMetadata(AUDITED, target) : undefined;
}

function redactedFields(target: unknown): ReadonlySet<string> | undefined {
  return typeof target === 'function' ? Reflect.getMetadata(REDACTED, target) : undefined;
}

function plain(entity: object | undefined): Record<string, unknown> | undefined {
  return entity ? { ...(entity as Record<string, unknown>) } : undefined;
}

/**
 * Writes one audit row per change of an @Audited entity, in the same transaction as the change,
 * so a change without its audit row cannot be committed. Changes must go through save()/remove().
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<object>): Promise<void> {
    const name = auditedName(event.metadata.target);
    if (!name) return;
    await this.write(event.manager, name, 'create', event.entity, auditDiff(undefined, plain(event.entity), redactedFields(event.metadata.target)));
  }

  async afterUpdate(event: UpdateEvent<object>): Promise<void> {
    const name = auditedName(event.metadata.target);
    if (!name || !event.entity) return;
    const diff = auditDiff(plain(event.databaseEntity), { ...plain(event.databaseEntity), ...plain(event.entity as object) }, redactedFields(event.metadata.target));
    if (Object.keys(diff).length === 0) return;
    await this.write(event.manager, name, 'update', event.entity as object, diff);
  }

  async afterRemove(event: RemoveEvent<object>): Promise<void> {
    const name = auditedName(event.metadata.target);
    if (!name) return;
    const entity = (event.databaseEntity ?? event.entity) as object;
    const id = event.entityId ?? (entity as { id?: unknown })?.id;
    await this.write(event.manager, name, 'delete', { id }, auditDiff(plain(entity), undefined, redactedFields(event.metadata.target)));
  }

  private async write(
    manager: InsertEvent<object>['manager'],
    entity: string,
    action: AuditEntry['action'],
    record: object,
    diff: AuditEntry['diff'],
  ): Promise<void> {
    const entityId = String((record as { id?: unknown }).id ?? '');
    await manager.insert(AuditEntry, { actorId: requestContext.actorId(), action, entity, entityId, diff: diff as never });
  }
}
