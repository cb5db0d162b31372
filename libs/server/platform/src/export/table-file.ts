import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type CellValue = string | number | Date | null;

/** One column of an exported table: its header in the reader's language and how to read the cell from a row. */
export interface TableColumn<R> {
  header: string;
  value: (row: R) => CellValue;
  /** Excel column width in characters. */
  width?: number;
  /** Excel number format, e.g. 'dd.mm.yyyy' for dates. */
  numFmt?: string;
}

/** UTF-8 with BOM and `;` between fields, which German Excel opens correctly; cells that look like formulas are escaped. */
export function tableCsv<R>(columns: readonly TableColumn<R>[], rows: readonly R[], formatDate: (d: Date) => string): Buffer {
  const text = stringify(
    rows.map((r) => columns.map((c) => {
      const v = c.value(r);
      return v instanceof Date ? formatDate(v) : v ?? '';
    })),
    { delimiter: ';', bom: true, header: true, escape_formulas: true, columns: columns.map((c) => c.header) },
  );
  return Buffer.from(text, 'utf8');
}

/** A workbook with one sheet, the header frozen and bold; dates and numbers stay real so Excel can sort and sum. */
export async function tableXlsx<R>(sheetName: string, columns: readonly TableColumn<R>[], rows: readonly R[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 16, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r) ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
