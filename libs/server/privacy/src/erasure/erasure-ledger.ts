import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { resolvePeople } from '../export/person';
import { runErasure } from './erasure-runner';

/**
 * Re-applies every erasure in the ledger, all at once (one statement per table). Idempotent, so it runs at every
 * start-up after the migrations: a database restored from a backup older than an erasure forgets those people again.
 */
@Injectable()
export class ErasureLedger implements OnApplicationBootstrap {
  private readonly logger = new Logger('ErasureLedger');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const erased = await this.reapply();
    const total = Object.values(erased).reduce((a, b) => a + b, 0);
    if (total) this.logger.warn(`Erasure ledger re-applied: ${JSON.stringify(erased)}`);
  }

  async reapply(): Promise<Record<string, number>> {
    return this.dataSource.transaction(async (m) => {
      const [ids]: { v: string[]; u: string[]; b: string[] }[] = await m.query(
        `SELECT ARRAY(SELECT subject_id FROM erasure_ledger WHERE subject_type = 'volunteer') AS v,
                ARRAY(SELECT subject_id FROM erasure_ledger WHERE subject_type = 'user') AS u,
                ARRAY(SELECT subject_id FROM erasure_ledger WHERE subject_type = 'beneficiary') AS b`,
      );
      if (!ids!.v.length && !ids!.u.length && !ids!.b.length) return {};
      const people = await resolvePeople(m, { volunteerIds: ids!.v, userIds: ids!.u, beneficiaryIds: ids!.b });
      return runErasure(m, people, this.config.privacy.retention.grantRecordYears);
    });
  }
}
