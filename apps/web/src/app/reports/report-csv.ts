/** Cells a spreadsheet would run as a formula (CSV injection): they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV as German spreadsheets open it: `;` between cells, every cell quoted, CRLF lines, UTF-8 with BOM. */
export function toCsv(lines: readonly (readonly string[])[]): string {
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** "Freiwillige pro Monat", 2025-01-01, 2026-12-31 → "Freiwillige_pro_Monat_2025-01-01_2026-12-31.csv". */
export function csvFileName(title: string, from: string, to: string): string {
  const name = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}-]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return `${name || 'Tabelle'}_${from}_${to}.csv`;
}
