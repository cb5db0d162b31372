import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, JobName, type EvaluationExportView, type Locale } from '@miteinander/contracts';
import { AppError, AuditEntry, auditDiff, Clock, JobQueue, requestContext } from '@miteinander/server-platform';
import { ReportsService } from '../reports/reports.service';
import { evaluationFileName } from './evaluation-document';
import { changedCount, exportView, findExport, isExpired, STALE_AFTER_MS, type ExportRow } from './export-rows';

export type EvaluationFileKind = 'pdf' | 'xlsx';

export interface EvaluationFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

const CONTENT_TYPES: Record<EvaluationFileKind, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Starts evaluation exports, answers polls (re-queuing one whose worker died) and hands out the finished files. */
@Injectable()
export class EvaluationExportsService {
  private readonly logger = new Logger('EvaluationExports');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  async start(input: Record<string, unknown>, actorId: string | null, locale: Locale): Promise<EvaluationExportView> {
    const scope = await this.reports.scopeOf(input);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO report_exports (period_from, period_to, municipality_id, locale, requested_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [scope.from, scope.to, scope.municipalityId, locale, actorId, now],
      );
      await m.insert(AuditEntry, { actorId, action: 'create', entity: 'report_export', entityId: row!.id, diff: auditDiff({}, { ...scope }) as never });
      return row!.id;
    });
    // After the commit, so the job finds the row; if the queue is away now, the first poll after two minutes queues it again.
    await this.enqueue(id);
    return exportView((await findExport(this.dataSource.manager, id))!, locale);
  }

  async view(id: string, locale: string | undefined): Promise<EvaluationExportView> {
    const row = await this.current(id);
    if (row.status === 'running' && (await this.claimStale(row))) await this.enqueue(row.id);
    return exportView(row, locale);
  }

  async file(id: string, kind: EvaluationFileKind): Promise<EvaluationFile> {
    const row = await this.current(id);
    if (row.status === 'failed') throw new AppError(404, ErrorCode.NotFound);
    if (row.status === 'running') throw new AppError(409, ErrorCode.Conflict, [{ field: 'status', message: this.stillRunning() }]);
    const [stored]: { bytes: Buffer | null }[] = await this.dataSource.query(`SELECT ${kind} AS bytes FROM report_exports WHERE id = $1`, [row.id]);
    if (!stored?.bytes) throw new AppError(404, ErrorCode.NotFound);
    return {
      bytes: stored.bytes,
      fileName: evaluationFileName({ from: row.period_from, to: row.period_to, municipalityName: row.municipality_name }, kind),
      contentType: CONTENT_TYPES[kind],
    };
  }

  /** The row, or 404 for an id that is no uuid, unknown or older than a week (which is deleted on the way). */
  private async current(id: string): Promise<ExportRow> {
    if (!UUID.test(id)) throw new AppError(404, ErrorCode.NotFound);
    const row = await findExport(this.dataSource.manager, id);
    if (!row) throw new AppError(404, ErrorCode.NotFound);
    if (isExpired(row, this.clock.now())) {
      await this.dataSource.query(`DELETE FROM report_exports WHERE id = $1`, [row.id]);
      throw new AppError(404, ErrorCode.NotFound);
    }
    return row;
  }

  /** True for the one poller that finds the row unmoved for two minutes (it touches the row, so others do not queue it too). */
  private async claimStale(row: ExportRow): Promise<boolean> {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - STALE_AFTER_MS);
    if (new Date(row.updated_at) >= staleBefore) return false;
    const claimed = await this.dataSource.query(`UPDATE report_exports SET updated_at = $2 WHERE id = $1 AND status = 'running' AND updated_at < $3`, [
      row.id,
      now,
      staleBefore,
    ]);
    return changedCount(claimed) > 0;
  }

  private async enqueue(id: string): Promise<void> {
    try {
      await this.queue.enqueue(JobName.RenderEvaluation, { exportId: id }, { jobId: id });
    } catch (error) {
      this.logger.warn(`Evaluation ${id} not queued now (queued again on a later poll): ${(error as Error).message}`);
    }
  }

  private stillRunning(): string {
    return requestContext.current()?.locale === 'de' ? 'Die Auswertung wird noch erstellt.' : 'The evaluation is still being created.';
  }
}
