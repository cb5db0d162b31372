import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CardRuleParameters } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** One version of an honorary-card rule set. Versions are never changed: an edit is a new version with its own start date. */
@Audited('card_rule_set')
@Entity({ name: 'card_rule_sets' })
export class CardRuleSet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'jsonb' })
  parameters!: CardRuleParameters;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
