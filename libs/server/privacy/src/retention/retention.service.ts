import { Inject, Injectable, Logger } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { APP_CONFIG, Clock, type AppConfig } from '@miteinander/server-platform';
import { RETENTION_RULES, RULES, type RetentionRule } from './retention-rules';

/** A key from grant_attachments: checked again so a broken row can never point outside the files directory. */
const STORAGE_KEY = /^[a-f0-9]{48}$/;
/** One run at a time across every worker replica (a transaction-scoped advisory lock). */
const RETENTION_LOCK = 7_310_011;

export interface RetentionRun {
  id: string;
  counts: Record<RetentionRule, number>;
}

/**
 * Applies every retention rule in one transaction (all or nothing) and logs the run in retention_runs with the
 * count per rule, no personal data. Idempotent: each rule skips what it already removed, so a second run changes
 * nothing. Attachment files are removed after the commit (a rolled-back run keeps them).
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<RetentionRun> {
    const startedAt = this.clock.now();
    const [{ id }]: { id: string }[] = await this.dataSource.query(`INSERT INTO retention_runs (started_at) VALUES ($1) RETURNING id::text`, [startedAt]);
    try {
      const { counts, files } = await this.dataSource.transaction(async (m) => {
        await m.query(`SELECT pg_advisory_xact_lock($1)`, [RETENTION_LOCK]);
        const counts = {} as Record<RetentionRule, number>;
        const files: string[] = [];
        for (const rule of RETENTION_RULES) {
          const outcome = await RULES[rule](m, startedAt, this.config.privacy.retention);
          counts[rule] = outcome.count;
          files.push(...(outcome.files ?? []));
        }
        await m.query(`UPDATE retention_runs SET finished_at = $2, counts = $3::jsonb WHERE id = $1`, [id, this.clock.now(), JSON.stringify(counts)]);
        return { counts, files };
      });
      await this.removeFiles(files);
      this.logger.log(`Retention run ${id}: ${RETENTION_RULES.map((r) => `${r}=${counts[r]}`).join(' ')}`);
      return { id, counts };
    } catch (error) {
      await this.dataSource.query(`UPDATE retention_runs SET finished_at = $2, error = $3 WHERE id = $1`, [id, this.clock.now(), String((error as Error).message ?? error).slice(0, 4000)]);
      throw error;
    }
  }

  private async removeFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      if (STORAGE_KEY.test(key)) await rm(join(this.config.rules.grants.filesDir, key), { force: true });
    }
  }
}
