import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CheckInKind, CheckInMood } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** A talk with the pair: the trial review, a regular check-in or the closing talk. */
@Audited('sponsorship_check_in', { redact: ['note', 'nextStep'] })
@Entity({ name: 'sponsorship_check_ins' })
export class SponsorshipCheckIn {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'sponsorship_id', type: 'uuid' })
  sponsorshipId!: string;

  @Column({ type: 'text' })
  kind!: CheckInKind;

  /** yyyy-mm-dd */
  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  mood!: CheckInMood;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
