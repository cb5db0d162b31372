import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode } from '@miteinander/contracts';
import { cardEligibility, factWindows, type CardEligibility } from '@miteinander/domain-cards';
import { AppError } from '@miteinander/server-platform';
import { CardsConfig } from '../cards-config';
import { RuleSetsService, type RuleSetInForce } from '../rules/rule-sets.service';
import { factsParams, factsSql, toFacts, type FactsRow } from './facts.sql';

export interface VolunteerEligibility {
  rules: RuleSetInForce;
  facts: FactsRow;
  result: CardEligibility;
}

const ONE = factsSql('one');

/** One volunteer's eligibility under the county's rule set in force today: one statement, then the pure rules. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RuleSetsService,
    private readonly config: CardsConfig,
  ) {}

  async check(volunteerId: string, options: { allowanceCentsPerMonth?: number | null; m?: EntityManager; rules?: RuleSetInForce } = {}): Promise<VolunteerEligibility> {
    const m = options.m ?? this.dataSource.manager;
    const today = this.config.today();
    const rules = options.rules ?? (await this.rules.county(m, today));
    const windows = factWindows(rules.parameters.hours.window, today);
    const rows: FactsRow[] = await m.query(ONE, [...factsParams(windows), volunteerId]);
    const facts = rows[0];
    if (!facts) throw new AppError(404, ErrorCode.NotFound);
    return { rules, facts, result: cardEligibility(rules.parameters, toFacts(facts, options.allowanceCentsPerMonth ?? null), today) };
  }
}
