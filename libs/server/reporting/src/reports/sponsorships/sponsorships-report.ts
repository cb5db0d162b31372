import { END_REASONS, SPONSORSHIP_KINDS, SPONSORSHIP_STATES } from '@miteinander/contracts';
import type { RawCell, RawRow } from '@miteinander/domain-reporting';
import { publishTable, type TableColumnSpec } from '../publish-table';
import type { ReportBuilder } from '../report-context';
import { DURATION_BUCKETS, sponsorshipFigures, type FigureTable, type SponsorshipFigures } from './sponsorship-figures';
import { SPONSORSHIPS_TEXTS, type SponsorshipsTexts } from './sponsorships-texts';

const cell = (f: { n: number; people: number }): RawCell => ({ value: f.n, people: f.people });

/** A table whose rows and columns are both figure keys; the total row comes from SQL ('*'), not from adding up. */
function grid(figures: SponsorshipFigures, table: FigureTable, rowKeys: readonly string[], columns: TableColumnSpec[], label: (key: string) => string) {
  const cellsOf = (row: string) => Object.fromEntries(columns.map((c) => [c.key, cell(figures.get(table, row, c.key))]));
  return { rows: rowKeys.map((key): RawRow => ({ key, label: label(key), cells: cellsOf(key) })), totalCells: cellsOf('*') };
}

const kindColumns = (t: SponsorshipsTexts): TableColumnSpec[] => SPONSORSHIP_KINDS.map((k) => ({ key: k, label: t.kinds[k], unit: 'count', additive: true }));

/** Sponsorships by kind and state, requests, matches and endings with waiting times and durations, end reasons. */
export const sponsorshipsReport: ReportBuilder = async (ctx) => {
  const t = SPONSORSHIPS_TEXTS[ctx.lang];
  const figures = await sponsorshipFigures(ctx.m, ctx.scope);
  const total = (cells: RawRow['cells']): RawRow => ({ key: 'total', label: t.total, cells });

  const stateColumns: TableColumnSpec[] = SPONSORSHIP_STATES.map((s) => ({ key: s, label: t.states[s], unit: 'count', additive: true }));
  const byState = grid(figures, 'state', SPONSORSHIP_KINDS, stateColumns, (k) => t.kinds[k as keyof typeof t.kinds]);

  const c = t.flowColumns;
  const flowColumns: TableColumnSpec[] = [
    { key: 'requested', label: c.requested, unit: 'count', additive: true },
    { key: 'matched', label: c.matched, unit: 'count', additive: true },
    { key: 'avgWaitDays', label: c.avgWaitDays, unit: 'days', additive: false, average: true },
    { key: 'closed', label: c.closed, unit: 'count', additive: true },
    { key: 'avgDurationTenthMonths', label: c.avgDurationTenthMonths, unit: 'tenthMonths', additive: false, average: true },
  ];
  const flow = grid(figures, 'flow', SPONSORSHIP_KINDS, flowColumns, (k) => t.kinds[k as keyof typeof t.kinds]);

  const reasons = grid(figures, 'reason', END_REASONS, kindColumns(t), (k) => t.endReasonLabels[k as keyof typeof t.endReasonLabels]);

  const durations = grid(figures, 'duration', DURATION_BUCKETS, kindColumns(t), (k) => t.buckets[k as keyof typeof t.buckets]);
  // "Without a trial" only when there is such a sponsorship: the usual case is that every ending had a trial.
  const durationRows = durations.rows.filter((r) => r.key !== 'noTrial' || Object.values(r.cells).some((x) => x.value > 0));

  return {
    title: t.title,
    municipalityNote: null,
    tables: [
      publishTable({ key: 'sponsorshipsByKindState', ...t.byKindState, chart: 'stackedBar', columns: stateColumns, rows: byState.rows, total: total(byState.totalCells) }),
      publishTable({ key: 'sponsorshipsFlow', ...t.flow, chart: 'bar', columns: flowColumns, rows: flow.rows, total: total(flow.totalCells) }),
      publishTable({ key: 'sponsorshipsEndReasons', ...t.endReasons, chart: 'stackedBar', columns: kindColumns(t), rows: reasons.rows, total: total(reasons.totalCells) }),
      publishTable({ key: 'sponsorshipsDurations', ...t.durations, chart: 'stackedBar', columns: kindColumns(t), rows: durationRows, total: total(durations.totalCells) }),
    ],
  };
};
