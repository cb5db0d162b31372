import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilitySlot, Gender, GermanLevel, LanguageSkill, PupilDetails } from '@miteinander/contracts';
import { Audited, encryptedText } from '@miteinander/server-platform';

/**
 * The family or pupil a sponsorship is for. No account; shared by a sponsorship and its re-matches.
 * The audit trail records which fields changed, never the family's data itself.
 */
@Audited('beneficiary', {
  redact: ['name', 'needs', 'contactPerson', 'phone', 'email', 'address', 'childrenAges', 'pupil', 'guardianConsentBy', 'guardianConsentDate', 'notes', 'languages', 'availability'],
})
@Entity({ name: 'beneficiaries' })
export class Beneficiary {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: 'family' | 'pupil';

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'municipality_id', type: 'integer' })
  municipalityId!: number;

  @Column({ type: 'jsonb' })
  languages!: LanguageSkill[];

  @Column({ name: 'german_level', type: 'text' })
  germanLevel!: GermanLevel;

  @Column({ type: 'text' })
  needs!: string;

  @Column({ type: 'text', array: true })
  availability!: AvailabilitySlot[];

  @Column({ name: 'sponsor_gender', type: 'text', nullable: true })
  sponsorGender!: Gender | null;

  @Column({ name: 'sponsor_age_min', type: 'integer', nullable: true })
  sponsorAgeMin!: number | null;

  @Column({ name: 'sponsor_age_max', type: 'integer', nullable: true })
  sponsorAgeMax!: number | null;

  @Column({ type: 'boolean' })
  interpreter!: boolean;

  @Column({ name: 'contact_person', type: 'text', nullable: true })
  contactPerson!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'integer', nullable: true })
  adults!: number | null;

  @Column({ name: 'children_ages', type: 'integer', array: true })
  childrenAges!: number[];

  @Column({ type: 'jsonb', nullable: true })
  pupil!: PupilDetails | null;

  @Column({ name: 'guardian_consent_by', type: 'text', nullable: true })
  guardianConsentBy!: string | null;

  /** yyyy-mm-dd */
  @Column({ name: 'guardian_consent_date', type: 'date', nullable: true })
  guardianConsentDate!: string | null;

  /** Family notes: stored encrypted (AES-256-GCM), plain only in memory. */
  @Column({ type: 'text', nullable: true, transformer: encryptedText })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
