import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

export const VOLUNTEER_STATUSES = ['interested', 'intake_done', 'active', 'paused', 'left'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export interface LanguageSkill {
  /** ISO 639-1 code, e.g. "de", "ar", "uk". */
  code: string;
  /** CEFR level or "native". */
  level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
}
/** Weekday (mon…sun) × part of day, e.g. "tue-evening". */
export type AvailabilitySlot = `${'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'}-${'morning' | 'afternoon' | 'evening'}`;

/** A volunteer's profile; the account (if any) is linked by user id. Extended by the volunteers issue. */
@Audited('volunteer')
@Entity({ name: 'volunteers' })
export class Volunteer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: LanguageSkill[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability!: AvailabilitySlot[];

  @Column({ type: 'text', default: 'interested' })
  status!: VolunteerStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
