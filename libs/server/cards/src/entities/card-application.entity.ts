import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CardApplicationStatus } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** An application for the honorary card; the status link's secret is stored only as a hash (kept out of the audit trail). */
@Audited('card_application')
@Entity({ name: 'card_applications' })
export class CardApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ name: 'rule_set_id', type: 'uuid' })
  ruleSetId!: string;

  @Column({ type: 'text' })
  status!: CardApplicationStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The eligibility check at submission, as shown then (advisory). */
  @Column({ type: 'jsonb' })
  eligibility!: object;

  @Column({ name: 'flagged_not_eligible', type: 'boolean' })
  flaggedNotEligible!: boolean;

  @Column({ name: 'declared_allowance_cents', type: 'integer', nullable: true })
  declaredAllowanceCents!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'renewal_of', type: 'uuid', nullable: true })
  renewalOf!: string | null;

  @Column({ name: 'status_token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'status_token_expires_at', type: 'timestamptz' })
  statusTokenExpiresAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;
}
