import { BeforeInsert, BeforeUpdate, Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited, encryptedFlag, encryptedText } from '@miteinander/server-platform';
import { policeEntryTag } from '../volunteers/police-certificate.sql';

/**
 * The facts of an extended police certificate inspection (§72a SGB VIII), one per volunteer.
 * The certificate itself is never uploaded or stored: there is deliberately no column for it.
 */
@Audited('police-certificate', { redact: ['relevantEntry', 'entryTag'] })
@Entity({ name: 'police_certificate_checks' })
export class PoliceCertificateCheck {
  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  /** yyyy-mm-dd */
  @Column({ name: 'inspection_date', type: 'date' })
  inspectionDate!: string;

  /** yyyy-mm-dd */
  @Column({ name: 'issue_date', type: 'date' })
  issueDate!: string;

  /** Encrypted; SQL filters on entryTag instead (policeCertificateSql). */
  @Column({ name: 'relevant_entry', type: 'text', transformer: encryptedFlag })
  relevantEntry!: boolean;

  /** Blind-index tag of "<volunteer id>|<relevantEntry>" (policeEntryTag). */
  @Column({ name: 'entry_tag', type: 'text', nullable: true })
  entryTag!: string | null;

  @Column({ type: 'text', transformer: encryptedText })
  inspector!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  /** Every save keeps the tag in step with the fact, whoever writes the record (service, seed, import). */
  @BeforeInsert()
  @BeforeUpdate()
  protected tagEntry(): void {
    this.entryTag = policeEntryTag(this.volunteerId, this.relevantEntry);
  }

  /** The audit trail files this record under the volunteer's id. */
  get id(): string {
    return this.volunteerId;
  }
}
