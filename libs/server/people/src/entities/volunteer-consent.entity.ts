import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsentPurpose } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/**
 * Consent to one purpose in one text version. Withdrawal sets `withdrawnAt`; giving it again (or agreeing to a
 * new text version) adds a new row, so the history of what was agreed when stays complete.
 */
@Audited('volunteer-consent')
@Entity({ name: 'volunteer_consents' })
export class VolunteerConsent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ type: 'text' })
  purpose!: ConsentPurpose;

  @Column({ name: 'text_version', type: 'text' })
  textVersion!: string;

  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' })
  givenAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
