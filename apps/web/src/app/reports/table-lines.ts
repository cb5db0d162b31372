import type { ReportRow, ReportTable } from '@miteinander/contracts';
import { plainFigure, unitSign, type UnitWords } from './figure-format';

export type RowHeader = 'month' | 'municipality' | 'area' | 'field' | 'other';

/**
 * What the rows are, for the first column's header: months (yyyy-mm keys), municipalities (a map, a `…ByMunicipality`
 * table or rows named like municipalities), areas or fields of action (by the table's stable key), or else a group.
 */
export function rowHeaderOf(table: ReportTable, municipalityNames: ReadonlySet<string>): RowHeader {
  const rows = table.rows;
  if (rows.length > 0 && rows.every((r) => /^\d{4}-\d{2}$/.test(r.key))) return 'month';
  if (table.chart === 'map' || /ByMunicipality$/.test(table.key) || (rows.length > 0 && rows.every((r) => municipalityNames.has(r.label)))) {
    return 'municipality';
  }
  if (/ByArea$/.test(table.key)) return 'area';
  if (/ByField$/.test(table.key)) return 'field';
  return 'other';
}

/** The table as lines of plain cells for a CSV file: a header with each unit, the rows, the total row last. */
export function tableLines(table: ReportTable, rowHeader: string, locale: string, words: UnitWords): string[][] {
  const header = [rowHeader, ...table.columns.map((c) => (unitSign(c.unit, words) ? `${c.label} (${unitSign(c.unit, words)})` : c.label))];
  const line = (row: ReportRow): string[] => [row.label, ...table.columns.map((c) => plainFigure(row.cells[c.key], c.unit, locale))];
  return [header, ...table.rows.map(line), ...(table.total ? [line(table.total)] : [])];
}
