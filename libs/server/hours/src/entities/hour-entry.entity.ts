import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { HourEntryStatus } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** One logged stretch of volunteering. Every change (incl. each decision) lands in the audit trail. */
@Audited('hour_entry')
@Entity({ name: 'hour_entries' })
export class HourEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'sponsorship_id', type: 'uuid', nullable: true })
  sponsorshipId!: string | null;

  /** yyyy-mm-dd, the Europe/Berlin calendar date. */
  @Column({ name: 'activity_date', type: 'date' })
  activityDate!: string;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'text' })
  activity!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', default: 'submitted' })
  status!: HourEntryStatus;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** A coordinator decided … */
  @Column({ name: 'decided_by_user', type: 'uuid', nullable: true })
  decidedByUser!: string | null;

  /** … or an organisation contact through the emailed link. */
  @Column({ name: 'decided_by_contact', type: 'uuid', nullable: true })
  decidedByContact!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
