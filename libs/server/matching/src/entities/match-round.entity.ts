import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchRoundProposal, MatchRoundRequest, MatchRoundUnserved } from '@miteinander/contracts';
import { Audited } from '@miteinander/server-platform';

/** What a round proposed, kept as computed so the coordinator accepts exactly what they saw. */
export interface MatchRoundResult {
  proposals: MatchRoundProposal[];
  unserved: MatchRoundUnserved[];
}

/** A matching round: the selection it ran on, the weights version, and its optimal proposals. */
@Audited('match_round', { redact: ['result'] })
@Entity({ name: 'match_rounds' })
export class MatchRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'weights_version', type: 'integer' })
  weightsVersion!: number;

  @Column({ type: 'jsonb' })
  selection!: MatchRoundRequest;

  @Column({ name: 'total_score', type: 'integer' })
  totalScore!: number;

  @Column({ type: 'jsonb' })
  result!: MatchRoundResult;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
