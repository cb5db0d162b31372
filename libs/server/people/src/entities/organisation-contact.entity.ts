import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

/** A contact person of an organisation; has no account, approves hours through an emailed link. */
@Audited('organisation-contact')
@Entity({ name: 'organisation_contacts' })
export class OrganisationContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Stored in lower case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}
