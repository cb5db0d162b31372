import type { ChartKind, FigureUnit, ReportTable } from '@miteinander/contracts';
import { suppressTable, type RawRow } from '@miteinander/domain-reporting';

export interface TableColumnSpec {
  key: string;
  label: string;
  unit: FigureUnit;
  /** The total of this column is the sum of its cells (see suppressTable); false for averages and distinct counts. */
  additive: boolean;
  /** An average: shown as nothing (null) when no one stands behind it. */
  average?: boolean;
}

export interface TableSpec {
  key: string;
  title: string;
  description: string;
  chart: ChartKind;
  columns: TableColumnSpec[];
  rows: RawRow[];
  total?: RawRow;
}

/** A table as published: figures of fewer than 3 people hidden (and any a total would give away). */
export function publishTable(spec: TableSpec): ReportTable {
  const { rows, total } = suppressTable(spec.columns, spec.rows, spec.total);
  return {
    key: spec.key,
    title: spec.title,
    description: spec.description,
    chart: spec.chart,
    columns: spec.columns.map(({ key, label, unit }) => ({ key, label, unit })),
    rows,
    ...(total ? { total } : {}),
  };
}

/** A cell whose people are the value itself (a count of people, families, applications). */
export const countCell = (n: number) => ({ value: n, people: n });
