import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SponsorshipState } from '@miteinander/contracts';

/** One step in a sponsorship's history: from, to, when, who, why and which volunteer. Append-only. */
@Entity({ name: 'sponsorship_transitions' })
export class SponsorshipTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'sponsorship_id', type: 'uuid' })
  sponsorshipId!: string;

  /** Null for the first entry, when the request was recorded. */
  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: SponsorshipState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: SponsorshipState;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
