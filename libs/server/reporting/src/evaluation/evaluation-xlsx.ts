import ExcelJS from 'exceljs';
import { SUPPRESSED, type ReportRow, type ReportTable } from '@miteinander/contracts';
import type { EvaluationDocument } from './evaluation-document';
import { formatDateDe, formatInstantDe, SPREADSHEET_FORMATS, spreadsheetNumber } from './evaluation-format';
import { EVALUATION_TEXTS as T } from './evaluation-texts';

/** Excel allows 31 characters and forbids : \ / ? * [ ] in sheet names. */
const MAX_SHEET_NAME = 31;

/** Sheet names from the table titles: allowed characters, at most 31 long, unique (case-insensitively, as Excel wants). */
export function sheetNames(titles: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return titles.map((title) => {
    const base = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Tabelle';
    let name = base.slice(0, MAX_SHEET_NAME).trim();
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_SHEET_NAME - suffix.length).trim() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The evaluation's tables as a workbook: an "Info" sheet, then one sheet per table with real numbers (hours, euros). */
export async function renderEvaluationXlsx(d: EvaluationDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Miteinander · ${d.countyName}`;
  workbook.created = d.generatedAt;
  infoSheet(workbook, d);
  const tables = d.reports.flatMap((r) => r.tables);
  const names = sheetNames(tables.map((t) => t.title), [T.info.sheet]);
  tables.forEach((table, i) => tableSheet(workbook, names[i]!, table));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function infoSheet(workbook: ExcelJS.Workbook, d: EvaluationDocument): void {
  const sheet = workbook.addWorksheet(T.info.sheet);
  sheet.columns = [{ width: 22 }, { width: 100 }];
  const rows: [string, string][] = [
    [T.info.title, T.title],
    [T.info.period, `${formatDateDe(d.from)}–${formatDateDe(d.to)}`],
    [T.info.municipality, d.municipalityName ?? T.info.allMunicipalities],
    [T.info.generated, formatInstantDe(d.generatedAt)],
    [T.info.note, T.basis],
    [T.info.units, T.info.unitsText],
  ];
  for (const note of new Set(d.reports.map((r) => r.municipalityNote).filter((n): n is string => !!n))) rows.push([T.info.municipalityNote, note]);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function tableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = [{ header: table.title, width: 34 }, ...table.columns.map((c) => ({ header: c.label, width: Math.max(14, Math.min(30, c.label.length + 2)) }))];
  sheet.getRow(1).font = { bold: true };
  const add = (row: ReportRow, bold: boolean) => {
    const line = sheet.addRow([row.label, ...table.columns.map((c) => {
      const v = row.cells[c.key];
      return v === undefined || v === null ? null : v === SUPPRESSED ? SUPPRESSED : spreadsheetNumber(v, c.unit);
    })]);
    table.columns.forEach((c, i) => {
      const cell = line.getCell(i + 2);
      if (typeof cell.value === 'number') cell.numFmt = SPREADSHEET_FORMATS[c.unit];
      else cell.alignment = { horizontal: 'right' };
    });
    if (bold) line.font = { bold: true };
  };
  for (const row of table.rows) add(row, false);
  if (table.total) add({ ...table.total, label: table.total.label || T.total }, true);
  // The description under the table: what is counted.
  sheet.addRow([]);
  sheet.addRow([table.description]);
}
