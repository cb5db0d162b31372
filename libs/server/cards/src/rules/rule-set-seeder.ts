import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_RULE_SETS } from '@miteinander/domain-cards';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/**
 * Version 1 of each built-in rule set (domain-cards' SEED_RULE_SETS), added when missing. Existing versions are
 * never touched: admins' edits are later versions. Safe when several api processes start at once.
 */
export async function seedCardRuleSets(dataSource: DataSource): Promise<number> {
  let added = 0;
  for (const r of SEED_RULE_SETS) {
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO card_rule_sets (code, version, name, effective_from, parameters) VALUES ($1, 1, $2, $3, $4) ON CONFLICT (code, version) DO NOTHING RETURNING id`,
      [r.code, r.name, r.effectiveFrom, JSON.stringify(r.parameters)],
    );
    added += rows.length;
  }
  return added;
}

@Injectable()
export class RuleSetSeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role === 'worker') return;
    const added = await seedCardRuleSets(this.dataSource);
    if (added) new Logger('Cards').log(`Loaded ${added} honorary-card rule sets`);
  }
}
