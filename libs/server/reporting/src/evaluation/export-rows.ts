import type { EntityManager } from 'typeorm';
import type { EvaluationExportView, EvaluationStatus } from '@miteinander/contracts';
import { stepText } from './evaluation-texts';

/** Exports are offered for a week; older ones are gone (deleted when next seen or when a renderer runs). */
export const EXPORT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** A running export that has not moved for this long lost its worker: it is queued again. */
export const STALE_AFTER_MS = 2 * 60 * 1000;

/** A report_exports row without its files. */
export interface ExportRow {
  id: string;
  period_from: string;
  period_to: string;
  municipality_id: number | null;
  municipality_name: string | null;
  status: EvaluationStatus;
  progress: number;
  step: string;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  attempt: number;
}

const COLUMNS = `e.id, e.period_from::text AS period_from, e.period_to::text AS period_to, e.municipality_id, m.name AS municipality_name,
  e.status, e.progress, e.step, e.created_at, e.updated_at, e.finished_at, e.attempt`;

export async function findExport(m: EntityManager, id: string): Promise<ExportRow | undefined> {
  const rows: ExportRow[] = await m.query(`SELECT ${COLUMNS} FROM report_exports e LEFT JOIN municipalities m ON m.id = e.municipality_id WHERE e.id = $1`, [id]);
  return rows[0];
}

export const isExpired = (row: Pick<ExportRow, 'created_at'>, now: Date): boolean => now.getTime() - new Date(row.created_at).getTime() > EXPORT_LIFETIME_MS;

export function exportView(row: ExportRow, locale: string | undefined): EvaluationExportView {
  const done = row.status === 'done';
  const base = `/api/v1/reports/evaluations/${row.id}`;
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    step: stepText(row.step, locale),
    period: { from: row.period_from, to: row.period_to },
    municipalityId: row.municipality_id,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    pdfUrl: done ? `${base}/pdf` : null,
    xlsxUrl: done ? `${base}/xlsx` : null,
  };
}

/** How many rows an UPDATE or DELETE changed: TypeORM's postgres driver answers those with `[rows, affected]`. */
export function changedCount(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
