import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchWeights } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** One saved set of factor weights. Append-only: the newest version is in force, older ones are the history. */
@Audited('match_weights')
@Entity({ name: 'match_weights' })
export class MatchWeightsVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  weights!: MatchWeights;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
