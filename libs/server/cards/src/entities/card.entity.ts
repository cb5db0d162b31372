import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@miteinander/server-platform';

/**
 * An issued card. The verification code printed as a QR code is stored in plain: it opens nothing but the
 * public "valid / expired / revoked" answer with initials, and the card must be printable again.
 */
@Audited('card')
@Entity({ name: 'cards' })
export class Card {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @Column({ name: 'rule_set_code', type: 'text' })
  ruleSetCode!: string;

  @Column({ name: 'card_number', type: 'text' })
  cardNumber!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'verify_code', type: 'text' })
  verifyCode!: string;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;
}
