import { type Figure, type ReportColumn, type ReportRow, type ReportTable } from '@miteinander/contracts';
import { startPdf } from '@miteinander/server-platform';
import type { EvaluationDocument } from './evaluation-document';
import { formatDateDe, formatFigure, formatInstantDe } from './evaluation-format';
import { overviewOf } from './evaluation-overview';
import { EVALUATION_TEXTS as T } from './evaluation-texts';

const BLUE = '#00478f';
const GREY = '#44474e';
const LIGHT = '#e3e7ef';
/** Segments of stacked bars (kinds, states): blues and greys that stay apart in print and in greyscale. */
const SEGMENTS = ['#00478f', '#5b8fd1', '#a9c6ec', '#44474e', '#8c9099', '#c9ccd3', '#1f6f5c', '#6fb3a0', '#b9dcd1'];
const MARGIN = 56;
const FOOTER_SPACE = 24;
const CHARTED = new Set(['bar', 'line', 'stackedBar']);

type Doc = PDFKit.PDFDocument;

/** The evaluation report as an A4 PDF in German: title page, data basis, overview, then one section per report. */
export function renderEvaluationPdf(d: EvaluationDocument): Promise<Buffer> {
  const { doc, done } = startPdf({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'de',
    info: { Title: T.title, Author: `Miteinander · ${d.countyName}` },
  });
  const period = T.period(formatDateDe(d.from), formatDateDe(d.to));

  titlePage(doc, d, period);
  doc.addPage();
  heading(doc, T.basisHeading, 16);
  doc.font('regular').fontSize(10).fillColor('black').text(T.basis, { width: contentWidth(doc), align: 'left' });
  doc.moveDown(1.5);
  heading(doc, T.overviewHeading, 16);
  overview(doc, d);

  for (const report of d.reports) {
    doc.addPage();
    heading(doc, report.title, 18);
    if (report.municipalityNote) doc.font('regular').fontSize(9).fillColor(GREY).text(report.municipalityNote, { width: contentWidth(doc) }).moveDown(0.5);
    if (!report.tables.length) doc.font('regular').fontSize(10).fillColor('black').text(T.noTables);
    for (const table of report.tables) section(doc, table);
  }

  footers(doc, d.countyName, period);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const left = (doc: Doc) => doc.page.margins.left;

function heading(doc: Doc, text: string, size: number): void {
  doc.font('bold').fontSize(size).fillColor(BLUE).text(text, left(doc), doc.y, { width: contentWidth(doc) }).moveDown(0.4);
}

function titlePage(doc: Doc, d: EvaluationDocument, period: string): void {
  const x = left(doc);
  const width = contentWidth(doc);
  doc.font('regular').fontSize(10).fillColor(GREY).text(`Miteinander · ${d.countyName}`, x, MARGIN, { width });
  doc.font('bold').fontSize(26).fillColor(BLUE).text(T.title, x, 220, { width });
  doc.moveDown(0.8).font('bold').fontSize(14).fillColor('black').text(T.county(d.countyName), { width });
  doc.moveDown(0.6).font('regular').fontSize(12).text(period, { width });
  doc.text(T.municipality(d.municipalityName), { width });
  doc.moveDown(2).fontSize(10).fillColor(GREY).text(T.generated(formatInstantDe(d.generatedAt)), { width });
}

function overview(doc: Doc, d: EvaluationDocument): void {
  const x = left(doc);
  const width = contentWidth(doc);
  doc.font('regular').fontSize(11).fillColor('black');
  for (const line of overviewOf(d.reports)) {
    const y = doc.y;
    doc.text(line.label, x, y, { width: width - 150 });
    const labelBottom = doc.y;
    doc.font('bold').text(formatFigure(line.value, line.unit), x + width - 150, y, { width: 150, align: 'right' }).font('regular');
    doc.y = Math.max(labelBottom, doc.y) + 4;
  }
  doc.x = x;
}

/** A table's title, description, chart (for bar and line tables) and rows; moved to a new page when the start would not fit. */
function section(doc: Doc, table: ReportTable): void {
  const layout = tableLayout(doc, table);
  const chartHeight = chartHeightOf(doc, table);
  const x = left(doc);
  const width = contentWidth(doc);
  doc.font('bold').fontSize(12);
  const titleHeight = doc.heightOfString(table.title, { width }) + doc.font('regular').fontSize(9).heightOfString(table.description, { width }) + 14;
  const firstRow = table.rows[0] ? layout.rowHeight(table.rows[0]) : 0;
  if (doc.y + 16 + titleHeight + chartHeight + layout.headerHeight + firstRow > bottomLimit(doc)) doc.addPage();
  else doc.moveDown(1);
  doc.font('bold').fontSize(12).fillColor('black').text(table.title, x, doc.y, { width });
  doc.font('regular').fontSize(9).fillColor(GREY).text(table.description, x, doc.y + 2, { width }).moveDown(0.5);
  if (chartHeight) (isTimeSeries(table) ? columnChart : barChart)(doc, table, chartHeight - 14);
  rows(doc, table, layout);
  doc.x = x;
}

interface Layout {
  fontSize: number;
  headerSize: number;
  labelWidth: number;
  cellWidth: number;
  headerHeight: number;
  rowHeight: (row: ReportRow) => number;
}

const PAD = 3;

function tableLayout(doc: Doc, table: ReportTable): Layout {
  const width = contentWidth(doc);
  const n = table.columns.length;
  const fontSize = n > 6 ? 7 : n > 4 ? 8 : 9;
  // The label column as wide as its longest label needs (80–200 pt, leaving each figure 36 pt), the rest shared by the figures.
  doc.font('bold').fontSize(fontSize);
  const longestLabel = Math.max(0, ...[...table.rows, ...(table.total ? [table.total] : [])].map((r) => doc.widthOfString(r.label)));
  const labelWidth = Math.max(80, Math.min(200, longestLabel + 2 * PAD + 2, width - n * 36));
  const cellWidth = n ? (width - labelWidth) / n : 0;
  // Headers wrap between words, never inside one: a long word ("Familienpatenschaft") sets the headers a little smaller.
  const longestWord = Math.max(1, ...table.columns.flatMap((c) => c.label.split(/\s+/).map((w) => doc.widthOfString(w))));
  const headerSize = Math.max(4.5, Math.min(fontSize, Math.floor(fontSize * ((0.95 * (cellWidth - 2 * PAD)) / longestWord) * 2) / 2));
  doc.fontSize(headerSize);
  const headerHeight = Math.max(doc.heightOfString('X'), ...table.columns.map((c) => doc.heightOfString(c.label, { width: cellWidth - 2 * PAD }))) + 2 * PAD;
  doc.font('regular').fontSize(fontSize);
  const rowHeight = (row: ReportRow) => doc.font('regular').fontSize(fontSize).heightOfString(row.label, { width: labelWidth - 2 * PAD }) + 2 * PAD;
  return { fontSize, headerSize, labelWidth, cellWidth, headerHeight, rowHeight };
}

function rows(doc: Doc, table: ReportTable, layout: Layout): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const header = () => {
    const y = doc.y;
    doc.rect(x, y, width, layout.headerHeight).fill(LIGHT);
    doc.font('bold').fontSize(layout.headerSize).fillColor('black');
    table.columns.forEach((c, i) => doc.text(c.label, x + layout.labelWidth + i * layout.cellWidth + PAD, y + PAD, { width: layout.cellWidth - 2 * PAD, align: 'right' }));
    doc.y = y + layout.headerHeight;
  };
  const line = (row: ReportRow, bold: boolean) => {
    const height = layout.rowHeight(row);
    if (doc.y + height > bottomLimit(doc)) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    doc.font(bold ? 'bold' : 'regular').fontSize(layout.fontSize).fillColor('black');
    doc.text(row.label, x + PAD, y + PAD, { width: layout.labelWidth - 2 * PAD });
    table.columns.forEach((c, i) => {
      const text = cell(row.cells[c.key], c);
      fitFont(doc, text, layout.cellWidth - 2 * PAD, layout.fontSize);
      doc.text(text, x + layout.labelWidth + i * layout.cellWidth + PAD, y + PAD, { width: layout.cellWidth - 2 * PAD, align: 'right', lineBreak: false });
    });
    doc.fontSize(layout.fontSize);
    doc.moveTo(x, y + height).lineTo(x + width, y + height).strokeColor(LIGHT).lineWidth(0.5).stroke();
    doc.y = y + height;
  };
  header();
  for (const row of table.rows) line(row, false);
  if (table.total) line({ ...table.total, label: table.total.label || T.total }, true);
}

const cell = (v: Figure | undefined, c: ReportColumn): string => formatFigure(v, c.unit);

/** A figure stays on one line: large sums in narrow columns are set a little smaller instead of wrapping. */
function fitFont(doc: Doc, text: string, width: number, size: number): void {
  let s = size;
  doc.fontSize(s);
  while (s > 5 && doc.widthOfString(text) > width) doc.fontSize((s -= 0.5));
}

const numberIn = (r: ReportRow, key: string): number => {
  const v = r.cells[key];
  return typeof v === 'number' ? v : 0;
};

/** Each row's bar: the first column, or for stacked charts every column (a cross table); "< 3" is drawn as nothing. */
function chartSegments(table: ReportTable): number[][] {
  const columns = table.chart === 'stackedBar' ? table.columns : table.columns.slice(0, 1);
  return table.rows.map((r) => columns.map((c) => numberIn(r, c.key)));
}

function chartValues(table: ReportTable): number[] {
  return chartSegments(table).map((parts) => parts.reduce((a, b) => a + b, 0));
}

const MONTH_KEY = /^\d{4}-\d{2}$/;
const MAX_BARS = 40;
const isTimeSeries = (table: ReportTable): boolean => table.rows.length > 0 && table.rows.every((r) => MONTH_KEY.test(r.key));
/** Rows of a horizontal bar chart: tighter when there are many (the municipalities). */
const barRowHeight = (table: ReportTable): number => (table.rows.length > 12 ? 9 : 12);

/** How much room the chart above a table takes; 0 for tables without one or with nothing to draw. */
function chartHeightOf(doc: Doc, table: ReportTable): number {
  if (!CHARTED.has(table.chart) || !chartValues(table).some((v) => v > 0)) return 0;
  // More categories than half a page holds: the table alone says it better.
  if (!isTimeSeries(table) && table.rows.length > MAX_BARS) return 0;
  return isTimeSeries(table) ? 130 : table.rows.length * barRowHeight(table) + 30 + (legendLines(doc, table) - 1) * LEGEND_LINE;
}

const LEGEND_ITEM = 84;
const LEGEND_LINE = 10;
/** Where the bars start and how wide the plot (with the figure after it) is. */
const BAR_LABEL_WIDTH = 140;
const BAR_VALUE_WIDTH = 60;
const barPlotWidth = (doc: Doc): number => contentWidth(doc) - BAR_LABEL_WIDTH - BAR_VALUE_WIDTH - 8;
const legendPerLine = (doc: Doc): number => Math.max(1, Math.floor((barPlotWidth(doc) + BAR_VALUE_WIDTH) / LEGEND_ITEM));
/** Lines above a bar chart: its column's name, or a stacked chart's legend (as many lines as its columns need). */
const legendLines = (doc: Doc, table: ReportTable): number => (table.chart === 'stackedBar' ? Math.ceil(table.columns.length / legendPerLine(doc)) : 1);

/** Months as vertical columns, labelled "03/2025" now and then (the full names stand in the table below). */
function columnChart(doc: Doc, table: ReportTable, height: number): void {
  const column = table.columns[0]!;
  const values = chartValues(table);
  const max = Math.max(...values);
  const x0 = left(doc) + 40;
  const width = contentWidth(doc) - 40;
  const top = doc.y + 12;
  const plotHeight = height - 30;
  const baseline = top + plotHeight;
  const slot = width / values.length;
  const bar = Math.max(1, slot * 0.7);
  doc.font('regular').fontSize(7).fillColor(GREY);
  doc.text(column.label, x0, top - 11, { width, lineBreak: false });
  doc.text(formatFigure(max, column.unit), left(doc), top - 3, { width: 38, align: 'right', lineBreak: false });
  doc.moveTo(x0, top).lineTo(x0 + width, top).strokeColor(LIGHT).lineWidth(0.5).stroke();
  values.forEach((v, i) => {
    const h = max > 0 ? (v / max) * plotHeight : 0;
    if (h > 0) doc.rect(x0 + i * slot + (slot - bar) / 2, baseline - h, bar, h).fill(BLUE);
  });
  doc.moveTo(x0, baseline).lineTo(x0 + width, baseline).strokeColor(GREY).lineWidth(0.7).stroke();
  const every = Math.max(1, Math.ceil(values.length / Math.floor(width / 40)));
  doc.fillColor(GREY);
  table.rows.forEach((r, i) => {
    if (i % every === 0) doc.text(`${r.key.slice(5)}/${r.key.slice(0, 4)}`, x0 + i * slot, baseline + 3, { width: 40, lineBreak: false });
  });
  doc.fillColor('black');
  doc.y = top + height - 8;
  doc.x = left(doc);
}

/**
 * Categories (kinds, reasons, municipalities, events) as horizontal bars with their label and figure; a cross table
 * (chart 'stackedBar') as stacked bars, one segment per column, with a legend, and its row sum as the figure.
 */
function barChart(doc: Doc, table: ReportTable, height: number): void {
  const stacked = table.chart === 'stackedBar';
  const column = table.columns[0]!;
  const segments = chartSegments(table);
  const values = chartValues(table);
  const max = Math.max(...values);
  const rowHeight = barRowHeight(table);
  const x = left(doc);
  const labelWidth = BAR_LABEL_WIDTH;
  const valueWidth = BAR_VALUE_WIDTH;
  const plotWidth = barPlotWidth(doc);
  const top = doc.y + 14 + (legendLines(doc, table) - 1) * LEGEND_LINE;
  const fontSize = rowHeight > 10 ? 7.5 : 6.5;
  doc.font('regular').fontSize(7).fillColor(GREY);
  if (stacked) legend(doc, table, x + labelWidth + 4, doc.y + 2);
  else doc.text(column.label, x + labelWidth + 4, top - 12, { width: plotWidth, lineBreak: false });
  doc.fontSize(fontSize);
  table.rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    doc.fillColor(GREY).text(r.label, x, y + 1, { width: labelWidth, align: 'right', lineBreak: false, height: rowHeight });
    let offset = 0;
    segments[i]!.forEach((v, j) => {
      const w = max > 0 ? (v / max) * plotWidth : 0;
      if (w > 0) doc.rect(x + labelWidth + 4 + offset, y + 1, w, rowHeight - 3).fill(stacked ? SEGMENTS[j % SEGMENTS.length]! : BLUE);
      offset += w;
    });
    const figure = stacked ? values[i]! : r.cells[column.key];
    doc.fillColor('black').text(formatFigure(figure, column.unit), x + labelWidth + 8 + offset, y + 1, { width: valueWidth, lineBreak: false });
  });
  doc.moveTo(x + labelWidth + 4, top - 1).lineTo(x + labelWidth + 4, top + table.rows.length * rowHeight).strokeColor(GREY).lineWidth(0.7).stroke();
  doc.fillColor('black');
  doc.y = top + height - 10;
  doc.x = x;
}

/** Coloured squares with the column names above a stacked chart, as many to a line as fit. */
function legend(doc: Doc, table: ReportTable, x: number, y: number): void {
  const perLine = legendPerLine(doc);
  table.columns.forEach((c, j) => {
    const cx = x + (j % perLine) * LEGEND_ITEM;
    const cy = y + Math.floor(j / perLine) * LEGEND_LINE;
    doc.rect(cx, cy + 1, 6, 6).fill(SEGMENTS[j % SEGMENTS.length]!);
    doc.fillColor(GREY).text(c.label, cx + 8, cy, { width: LEGEND_ITEM - 10, lineBreak: false, height: LEGEND_LINE });
  });
}

/** "Seite x von y" on every page (the pages are buffered so the count is known). */
function footers(doc: Doc, countyName: string, period: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing into the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    const width = contentWidth(doc);
    doc.font('regular').fontSize(8).fillColor(GREY);
    doc.text(`${T.footer(countyName)} · ${period}`, left(doc), y, { width, align: 'left', lineBreak: false });
    doc.text(T.page(i - range.start + 1, range.count), left(doc), y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
