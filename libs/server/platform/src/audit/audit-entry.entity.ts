import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction, AuditDiff } from '@miteinander/contracts';
import type { AuditPurpose } from './audit-purpose';

/** Append-only: a trigger refuses UPDATE and DELETE (migration 1764001200000). */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  diff!: AuditDiff | null;

  /** Set on reads of sensitive records: why they were read. */
  @Column({ type: 'text', nullable: true })
  purpose?: AuditPurpose | null;
}
