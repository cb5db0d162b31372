import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MATCH_FACTORS, type MatchWeights, type MatchWeightsView } from '@miteinander/contracts';
import { DEFAULT_WEIGHTS, weightProblems } from '@miteinander/domain-matching';
import type { User } from '@miteinander/server-identity';
import { invalid } from '@miteinander/server-platform';
import { MatchWeightsVersion } from '../entities/match-weights-version.entity';

interface VersionRow {
  version: number;
  weights: MatchWeights;
  created_at: Date;
  created_by: string | null;
  creator: string | null;
}

const SELECT = `SELECT w.version, w.weights, w.created_at, w.created_by, u.display_name AS creator
  FROM match_weights w LEFT JOIN users u ON u.id = w.created_by`;

function view(r: VersionRow): MatchWeightsView {
  return {
    version: r.version,
    weights: r.weights,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by && r.creator ? { id: r.created_by, name: r.creator } : null,
  };
}

/** The factor weights in force, their versions, and saving a new version. */
@Injectable()
export class WeightsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest saved version, or the built-in defaults as version 0. */
  async current(): Promise<MatchWeightsView> {
    const rows: VersionRow[] = await this.dataSource.query(`${SELECT} ORDER BY w.version DESC LIMIT 1`);
    return rows[0] ? view(rows[0]) : { version: 0, weights: { ...DEFAULT_WEIGHTS }, createdAt: new Date(0).toISOString(), createdBy: null };
  }

  /** Newest first; empty while only the defaults were ever used. */
  async history(): Promise<MatchWeightsView[]> {
    const rows: VersionRow[] = await this.dataSource.query(`${SELECT} ORDER BY w.version DESC LIMIT 200`);
    return rows.map(view);
  }

  async save(actor: User, weights: Record<string, unknown>): Promise<MatchWeightsView> {
    const checked = checkedWeights(weights);
    await this.dataSource.transaction(async (m) => {
      // Two coordinators saving at once get consecutive versions, not a duplicate.
      await m.query(`LOCK TABLE match_weights IN SHARE ROW EXCLUSIVE MODE`);
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM match_weights`);
      await m.save(m.create(MatchWeightsVersion, { version: next, weights: checked, createdBy: actor.id }));
    });
    return this.current();
  }
}

/** The weights of every factor, each 0–10 and not all 0; otherwise a 400 naming the factor. Unknown keys are dropped. */
export function checkedWeights(weights: unknown): MatchWeights {
  const given = weights && typeof weights === 'object' ? (weights as Record<string, unknown>) : {};
  const problems = weightProblems(given);
  if (problems.length) throw invalid(...problems);
  return Object.fromEntries(MATCH_FACTORS.map((f) => [f, given[f] as number])) as MatchWeights;
}
