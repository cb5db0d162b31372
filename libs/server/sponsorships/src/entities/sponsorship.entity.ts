import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EndReason, SponsorshipKind, SponsorshipState } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/**
 * A request and, once matched, the pairing. The lifecycle columns are the domain's SponsorshipFacts, written only
 * through applyTransition/applyCheckIn in one transaction with the history row; the table's CHECKs restate the
 * invariants.
 */
@Audited('sponsorship', { redact: ['closingNote'] })
@Entity({ name: 'sponsorships' })
export class Sponsorship {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: SponsorshipKind;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  state!: SponsorshipState;

  @Column({ name: 'involves_minors', type: 'boolean' })
  involvesMinors!: boolean;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId!: string | null;

  @Column({ name: 'coordinator_id', type: 'uuid', nullable: true })
  coordinatorId!: string | null;

  @Column({ name: 'planned_months', type: 'integer' })
  plannedMonths!: number;

  @Column({ name: 'intro_meeting_date', type: 'date', nullable: true })
  introMeetingDate!: string | null;

  @Column({ name: 'contacts_shared_at', type: 'timestamptz', nullable: true })
  contactsSharedAt!: Date | null;

  @Column({ name: 'trial_start', type: 'date', nullable: true })
  trialStart!: string | null;

  @Column({ name: 'trial_weeks', type: 'integer' })
  trialWeeks!: number;

  @Column({ name: 'has_trial_review', type: 'boolean', default: false })
  hasTrialReview!: boolean;

  @Column({ name: 'has_closing_talk', type: 'boolean', default: false })
  hasClosingTalk!: boolean;

  @Column({ name: 'last_check_in_date', type: 'date', nullable: true })
  lastCheckInDate!: string | null;

  /** Kept with every change, so lists, the start page and reminders read it from an index. */
  @Column({ name: 'next_check_in_due', type: 'date', nullable: true })
  nextCheckInDue!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: EndReason | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote!: string | null;

  @Column({ name: 'rematch_of', type: 'uuid', nullable: true })
  rematchOf!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
