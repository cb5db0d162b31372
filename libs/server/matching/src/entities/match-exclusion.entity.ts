import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

/** A coordinator's "not this volunteer for this request", with the reason; a hard constraint for matching. */
@Audited('match_exclusion')
@Entity({ name: 'match_exclusions' })
export class MatchExclusion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'sponsorship_id', type: 'uuid' })
  sponsorshipId!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
