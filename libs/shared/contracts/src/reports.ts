/**
 * Reports: aggregates only, for a period (and optionally one municipality), as tables the web app draws as charts
 * with the same data as an accessible table underneath, and the evaluation report (PDF + XLSX) renders for the
 * county council.
 *
 * GET /api/v1/reports/:name?from=yyyy-mm-dd&to=yyyy-mm-dd[&municipalityId=n]   (coordinator, admin) → Report
 * POST /api/v1/reports/evaluations {from, to, municipalityId?}                  → EvaluationExportView (202)
 * GET /api/v1/reports/evaluations/:id                                           → EvaluationExportView (poll)
 * GET /api/v1/reports/evaluations/:id/pdf | /xlsx                               → the files, once status is 'done'
 */

export const REPORT_NAMES = ['volunteers', 'sponsorships', 'hours', 'cards', 'grants', 'events'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** Shown instead of any figure that fewer than 3 people stand behind (and where it could be worked out from a total). */
export const SUPPRESSED = '< 3';
/** Shown for a figure that does not exist, e.g. an average with no one behind it, or a total that is not a sum. */
export const NO_FIGURE = '–';
/** A count, a sum or an average; SUPPRESSED; or null for an average with no one behind it (shown as NO_FIGURE). */
export type Figure = number | typeof SUPPRESSED | null;

/** How a column's integers read: counts, minutes (shown as hours), cents (shown as €), days, or months (one decimal: tenths). */
export type FigureUnit = 'count' | 'minutes' | 'cents' | 'days' | 'tenthMonths';

/** How the web app draws a table. `map`: rows are municipalities with `lat`/`lon`, coloured by the first column. */
export type ChartKind = 'line' | 'bar' | 'stackedBar' | 'map' | 'none';

export interface ReportColumn {
  key: string;
  /** In the requester's language. */
  label: string;
  unit: FigureUnit;
}

export interface ReportRow {
  /** Stable, e.g. '2026-03' for a month, a municipality id, 'family', 'goal_reached'. */
  key: string;
  /** In the requester's language, e.g. 'März 2026', 'Grimma', 'Familienpatenschaft'. */
  label: string;
  cells: Record<string, Figure>;
  /** For `map` tables: where the municipality lies. */
  lat?: number;
  lon?: number;
}

export interface ReportTable {
  /** Stable, e.g. 'volunteersByMonth'. */
  key: string;
  title: string;
  /** One sentence on what is counted, e.g. "Aktiv: Status „aktiv“ am Monatsende." */
  description: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The column sums (or the figure over all rows where a sum would count people twice); absent where meaningless. */
  total?: ReportRow;
  chart: ChartKind;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

export interface Report {
  name: ReportName;
  title: string;
  period: ReportPeriod;
  municipalityId: number | null;
  /** Set when the filter does not apply to this report (e.g. events have no municipality). */
  municipalityNote: string | null;
  tables: ReportTable[];
  generatedAt: string;
}

export interface EvaluationRequest {
  from: string;
  to: string;
  municipalityId?: number | null;
}

export type EvaluationStatus = 'running' | 'done' | 'failed';

export interface EvaluationExportView {
  id: string;
  status: EvaluationStatus;
  /** 0–100. */
  progress: number;
  /** What it is doing now, in the requester's language, e.g. "Stunden werden berechnet". */
  step: string;
  period: ReportPeriod;
  municipalityId: number | null;
  createdAt: string;
  finishedAt: string | null;
  /** Paths of the files once done. */
  pdfUrl: string | null;
  xlsxUrl: string | null;
}
