import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type CardRuleParameters, type CardRuleSetView, type CreateCardRuleVersionRequest } from '@miteinander/contracts';
import { ruleParameterProblems } from '@miteinander/domain-cards';
import { AppError, invalid } from '@miteinander/server-platform';
import { CardsConfig } from '../cards-config';
import { CardRuleSet } from '../entities/card-rule-set.entity';
import { parameterShapeProblem } from './parameters-shape';

export interface RuleSetInForce {
  id: string;
  code: string;
  name: string;
  version: number;
  parameters: CardRuleParameters;
}

interface RuleRow {
  id: string;
  code: string;
  version: number;
  name: string;
  effective_from: string;
  parameters: CardRuleParameters;
  created_at: Date;
  created_by_name: string | null;
}

const SELECT = `SELECT r.id, r.code, r.version, r.name, r.effective_from::text AS effective_from, r.parameters, r.created_at, u.display_name AS created_by_name
                  FROM card_rule_sets r LEFT JOIN users u ON u.id = r.created_by`;

/** Versioned rule sets: the version in force on a day is the latest that started on or before it. */
@Injectable()
export class RuleSetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: CardsConfig,
  ) {}

  /** The county's rule set (CARD_RULE_SET) in force today. */
  async county(m: EntityManager = this.dataSource.manager, today = this.config.today()): Promise<RuleSetInForce> {
    const rows: RuleRow[] = await m.query(
      `${SELECT} WHERE r.code = $1 AND r.effective_from <= $2::date ORDER BY r.effective_from DESC, r.version DESC LIMIT 1`,
      [this.config.rules.ruleSet, today],
    );
    const r = rows[0];
    // A misconfigured CARD_RULE_SET is an operator's mistake, not a user's: say which.
    if (!r) throw new Error(`No honorary-card rule set "${this.config.rules.ruleSet}" is in force on ${today} (CARD_RULE_SET)`);
    return { id: r.id, code: r.code, name: r.name, version: r.version, parameters: r.parameters };
  }

  async inForce(): Promise<CardRuleSetView[]> {
    const rows: RuleRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (x.code) x.* FROM (${SELECT} WHERE r.effective_from <= $1::date) x ORDER BY x.code, x.effective_from DESC, x.version DESC`,
      [this.config.today()],
    );
    return rows.map((r) => this.view(r)).sort((a, b) => Number(b.isCountyDefault) - Number(a.isCountyDefault) || a.name.localeCompare(b.name, 'de'));
  }

  async versions(code: string): Promise<CardRuleSetView[]> {
    const rows: RuleRow[] = await this.dataSource.query(`${SELECT} WHERE r.code = $1 ORDER BY r.version DESC`, [code]);
    if (!rows.length) throw new AppError(404, ErrorCode.NotFound);
    return rows.map((r) => this.view(r));
  }

  /** A new version of an existing rule set; numbered under a lock so two admins saving at once get 2 and 3. */
  async createVersion(actorId: string, code: string, dto: CreateCardRuleVersionRequest): Promise<CardRuleSetView> {
    const shape = parameterShapeProblem(dto.parameters);
    if (shape) throw invalid({ field: shape === 'parameters' ? shape : `parameters.${shape}`, rule: 'cardRule_shape' });
    const problems = ruleParameterProblems(dto.parameters);
    if (problems.length) throw invalid(...problems.map((p) => ({ field: `parameters.${p.field}`, rule: `cardRule_${p.rule}`, n: p.n })));
    const id = await this.dataSource.transaction(async (m) => {
      const latest: { version: number }[] = await m.query(`SELECT version FROM card_rule_sets WHERE code = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE`, [code]);
      if (!latest[0]) throw new AppError(404, ErrorCode.NotFound);
      const saved = await m.save(m.create(CardRuleSet, { code, version: latest[0].version + 1, name: dto.name.trim(), effectiveFrom: dto.effectiveFrom, parameters: dto.parameters, createdBy: actorId }));
      return saved.id;
    });
    const rows: RuleRow[] = await this.dataSource.query(`${SELECT} WHERE r.id = $1`, [id]);
    return this.view(rows[0]!);
  }

  private view(r: RuleRow): CardRuleSetView {
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      version: r.version,
      effectiveFrom: r.effective_from,
      parameters: r.parameters,
      isCountyDefault: r.code === this.config.rules.ruleSet,
      createdAt: new Date(r.created_at).toISOString(),
      createdBy: r.created_by_name,
    };
  }
}
