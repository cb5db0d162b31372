import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CardConfirmationStatus } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** One organisation's confirmation of the hours behind an application, through its contact's emailed link. */
@Audited('card_confirmation')
@Entity({ name: 'card_confirmations' })
export class CardConfirmation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'text', default: 'pending' })
  status!: CardConfirmationStatus;
}
