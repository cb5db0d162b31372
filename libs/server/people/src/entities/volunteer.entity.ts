import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilitySlot, Competence, Gender, Interest, LanguageSkill, MailLocale, Skill, VolunteerStatus } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** A volunteer's profile; the account (if any) is linked by user id. Every change is audited. */
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

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** yyyy-mm-dd */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'mail_locale', type: 'text', default: 'de' })
  mailLocale!: MailLocale;

  @Column({ name: 'municipality_id', type: 'integer', nullable: true })
  municipalityId!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: LanguageSkill[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills!: Skill[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: Interest[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  competences!: Competence[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability!: AvailabilitySlot[];

  /** Maximum number of concurrent sponsorships. */
  @Column({ type: 'integer', default: 1 })
  capacity!: number;

  @Column({ name: 'employed_or_training', type: 'boolean', default: false })
  employedOrInTraining!: boolean;

  @Column({ type: 'text', nullable: true })
  preferences!: string | null;

  /** Coordinators' notes; volunteers read them in their profile but cannot change them. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', default: 'interested' })
  status!: VolunteerStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
