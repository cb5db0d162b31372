import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

/** A training a volunteer attended; listed on their certificate (Ehrenamtsnachweis). */
@Audited('volunteer-training')
@Entity({ name: 'volunteer_trainings' })
export class VolunteerTraining {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** yyyy-mm-dd */
  @Column({ name: 'training_date', type: 'date' })
  date!: string;

  @Column({ type: 'integer', nullable: true })
  minutes!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
