import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VolunteerStatus } from '@miteinander/contracts';

/** One step in a volunteer's status history, with the reason and who made it. Append-only. */
@Entity({ name: 'volunteer_status_changes' })
export class VolunteerStatusChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  /** Null for the first entry, when the profile was recorded. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: VolunteerStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: VolunteerStatus;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
