import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName, REPORT_NAMES, type JobPayloads, type Report } from '@miteinander/contracts';
import { APP_CONFIG, Clock, JOB_ATTEMPTS, OnJob, type AppConfig } from '@miteinander/server-platform';
import { ReportsService } from '../reports/reports.service';
import type { EvaluationDocument } from './evaluation-document';
import { renderEvaluationPdf } from './evaluation-pdf';
import type { EvaluationStep } from './evaluation-texts';
import { renderEvaluationXlsx } from './evaluation-xlsx';
import { changedCount, EXPORT_LIFETIME_MS, findExport } from './export-rows';

/** Progress after each of the six reports (5 → 70), then the PDF (90) and the XLSX (98). */
const REPORT_PROGRESS = (i: number) => 5 + Math.round(((i + 1) * 65) / REPORT_NAMES.length);

/** A newer run took the row over (or it is finished): this run stops without writing. */
class Overtaken extends Error {}

/**
 * Renders one evaluation report (PDF + XLSX, always German) into its report_exports row, moving progress and step
 * as it goes. Idempotent: a done row is left alone; each run claims the row with a new attempt number and writes
 * only while it still owns it, so a second concurrent run (a re-queue after a stalled worker) never leaves a mixed
 * row. An error fails the job so the queue tries again (message kept server-side); the row reads failed after the last try.
 */
@Injectable()
export class EvaluationRenderer {
  private readonly logger = new Logger('EvaluationRenderer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.RenderEvaluation)
  async render({ exportId }: JobPayloads[JobName.RenderEvaluation]): Promise<void> {
    await this.deleteExpired();
    const attempt = await this.claim(exportId);
    if (attempt === null) return;
    try {
      await this.run(exportId, attempt);
    } catch (error) {
      if (error instanceof Overtaken) return;
      this.logger.error(`Evaluation ${exportId} failed: ${(error as Error).stack ?? error}`);
      // While the queue will try again the row stays running ("retrying"), so the page keeps waiting; failed at the last try.
      const last = attempt >= JOB_ATTEMPTS;
      await this.dataSource.query(
        `UPDATE report_exports SET status = $5, step = $6, error = $3, updated_at = $4 WHERE id = $1 AND attempt = $2 AND status = 'running'`,
        [exportId, attempt, String((error as Error).stack ?? error).slice(0, 4000), this.clock.now(), last ? 'failed' : 'running', last ? 'failed' : 'retrying'],
      );
      throw error;
    }
  }

  private async run(exportId: string, attempt: number): Promise<void> {
    const row = await findExport(this.dataSource.manager, exportId);
    if (!row) throw new Overtaken();
    const scope = { from: row.period_from, to: row.period_to, municipalityId: row.municipality_id };
    const built: Report[] = [];
    for (const [i, name] of REPORT_NAMES.entries()) {
      await this.advance(exportId, attempt, i === 0 ? 5 : REPORT_PROGRESS(i - 1), `report:${name}`);
      built.push(await this.reports.build(name, scope, 'de'));
    }
    const document: EvaluationDocument = {
      countyName: this.config.countyName,
      from: scope.from,
      to: scope.to,
      municipalityName: row.municipality_name,
      generatedAt: this.clock.now(),
      reports: built,
    };
    await this.advance(exportId, attempt, 70, 'pdf');
    const pdf = await renderEvaluationPdf(document);
    await this.advance(exportId, attempt, 90, 'xlsx');
    const xlsx = await renderEvaluationXlsx(document);
    await this.advance(exportId, attempt, 98, 'xlsx');
    const now = this.clock.now();
    const stored = await this.dataSource.query(
      `UPDATE report_exports SET status = 'done', progress = 100, step = 'done', pdf = $3, xlsx = $4, error = NULL, finished_at = $5, updated_at = $5
        WHERE id = $1 AND attempt = $2 AND status = 'running'`,
      [exportId, attempt, pdf, xlsx, now],
    );
    if (!changedCount(stored)) throw new Overtaken();
  }

  /** Takes the row for this run (a failed row is tried again; a done or deleted one is left alone). */
  private async claim(exportId: string): Promise<number | null> {
    const result = await this.dataSource.query(
      `UPDATE report_exports SET status = 'running', attempt = attempt + 1, updated_at = $2, error = NULL
        WHERE id = $1 AND status <> 'done' RETURNING attempt`,
      [exportId, this.clock.now()],
    );
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : []) as { attempt: number }[];
    return rows[0]?.attempt ?? null;
  }

  /** Progress only goes up, also when a retry starts over. */
  private async advance(exportId: string, attempt: number, progress: number, step: EvaluationStep): Promise<void> {
    const result = await this.dataSource.query(
      `UPDATE report_exports SET progress = GREATEST(progress, $3), step = $4, updated_at = $5 WHERE id = $1 AND attempt = $2 AND status = 'running'`,
      [exportId, attempt, progress, step, this.clock.now()],
    );
    if (!changedCount(result)) throw new Overtaken();
  }

  private async deleteExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM report_exports WHERE created_at < $1`, [new Date(this.clock.now().getTime() - EXPORT_LIFETIME_MS)]);
  }
}
