import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

/** The single closed-period marker (one row at most): nothing dated on or before it may be added or changed. */
@Audited('hours_period_lock')
@Entity({ name: 'hours_period_lock' })
export class HoursPeriodLock {
  @PrimaryColumn({ type: 'boolean', default: true })
  id!: boolean;

  @Column({ name: 'locked_through', type: 'date' })
  lockedThrough!: string;

  @Column({ name: 'locked_by', type: 'uuid', nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'locked_at', type: 'timestamptz', default: () => 'now()' })
  lockedAt!: Date;
}
