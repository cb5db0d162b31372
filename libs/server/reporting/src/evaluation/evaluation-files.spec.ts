import ExcelJS from 'exceljs';
import { monthLabel, monthsOf } from '@miteinander/domain-reporting';
import type { Report, ReportTable } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import type { EvaluationDocument } from './evaluation-document';
import { evaluationFileName } from './evaluation-document';
import { renderEvaluationPdf } from './evaluation-pdf';
import { renderEvaluationXlsx, sheetNames } from './evaluation-xlsx';

const months = monthsOf('2025-01-01', '2026-12-31');

const byMonth: ReportTable = {
  key: 'hoursByMonth',
  title: 'Stunden nach Monat',
  description: 'Bestätigte Stunden je Monat.',
  chart: 'bar',
  columns: [
    { key: 'minutes', label: 'Stunden', unit: 'minutes' },
    { key: 'volunteers', label: 'Freiwillige', unit: 'count' },
  ],
  rows: months.map((m, i) => ({ key: m, label: monthLabel(m, 'de'), cells: { minutes: 600 * (i + 1), volunteers: i === 3 ? '< 3' : 10 + i } })),
  total: { key: 'total', label: 'Summe', cells: { minutes: 74_070, volunteers: '< 3' } },
};

/** Long enough (many rows of many columns) that it spans pages: a page break must repeat the header, not split rows. */
const wide: ReportTable = {
  key: 'grantsByField',
  title: 'Mikroprojekte nach Handlungsfeld',
  description: 'Beantragt, bewilligt und ausgezahlt.',
  chart: 'stackedBar',
  columns: [
    { key: 'submitted', label: 'Eingereicht', unit: 'count' },
    { key: 'requestedCents', label: 'Beantragt', unit: 'cents' },
    { key: 'approvedCents', label: 'Bewilligt', unit: 'cents' },
    { key: 'paidCents', label: 'Ausgezahlt', unit: 'cents' },
    { key: 'wait', label: 'Wartezeit', unit: 'days' },
    { key: 'duration', label: 'Dauer', unit: 'tenthMonths' },
    { key: 'extra', label: 'Weitere Spalte mit langem Namen', unit: 'count' },
  ],
  rows: Array.from({ length: 80 }, (_, i) => ({
    key: `r${i}`,
    label: `Zeile ${i + 1} mit einer längeren Bezeichnung, die umbrechen kann`,
    cells: { submitted: i + 3, requestedCents: 1_234_500, approvedCents: 100_000, paidCents: 50_000, wait: 12, duration: 75, extra: 4 },
  })),
  total: { key: 'total', label: 'Summe', cells: { submitted: 3_480, requestedCents: 98_760_000, approvedCents: 8_000_000, paidCents: 4_000_000, wait: 12, duration: 75, extra: 320 } },
};

const report = (name: Report['name'], title: string, tables: ReportTable[], note: string | null = null): Report => ({
  name, title, tables, municipalityNote: note, period: { from: '2025-01-01', to: '2026-12-31' }, municipalityId: null, generatedAt: '2027-01-05T08:00:00.000Z',
});

const doc = (reports: Report[]): EvaluationDocument => ({
  countyName: 'Landkreis Leipzig', from: '2025-01-01', to: '2026-12-31', municipalityName: null, generatedAt: new Date('2027-01-05T08:00:00Z'), reports,
});

const full = doc([
  report('volunteers', 'Freiwillige', []),
  report('hours', 'Stunden', [byMonth]),
  report('grants', 'Mikroprojekte', [wide]),
  report('events', 'Veranstaltungen', [], 'Veranstaltungen haben keine Gemeinde; der Gemeindefilter gilt hier nicht.'),
]);

describe('evaluation PDF', () => {
  it('has the title page, the data basis, the overview from the totals and every table with German figures', async () => {
    const pdf = await renderEvaluationPdf(full);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Wrapped lines joined, so sentences read whole.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Auswertung der Ehrenamts- und Integrationsarbeit');
    expect(text).toContain('Landkreis Leipzig');
    expect(text).toContain('Zeitraum: 01.01.2025–31.12.2026');
    expect(text).toContain('Gemeinde: alle Gemeinden');
    expect(text).toContain('Erstellt am 05.01.2027, 09:00 Uhr');
    expect(text).toContain('Datengrundlage');
    expect(text).toMatch(/Überblick[\s\S]*Bestätigte Stunden[\s\S]*1\.234,5 Std\.[\s\S]*Mikroprojekte: beantragte Mittel[\s\S]*987\.600,00 €/);
    expect(text).toContain('Stunden nach Monat');
    expect(text).toContain('Januar 2025');
    expect(text).toContain('Dezember 2026');
    expect(text).toContain('12.345,00 €');
    expect(text).toContain('12 Tage');
    expect(text).toContain('7,5 Monate');
    expect(text).toContain('< 3');
    expect(text).toContain('Für diesen Bereich liegen keine Auswertungen vor.');
    expect(text).toContain('Veranstaltungen haben keine Gemeinde; der Gemeindefilter gilt hier nicht.');
    // Every row once: no row cut in two, none lost at a page break.
    for (let i = 1; i <= 80; i++) expect(text.split(`Zeile ${i} mit einer längeren Bezeichnung, die umbrechen kann ${i + 2} 12.345,00 €`).length - 1).toBe(1);
    expect(text).toContain('Summe 3.480 987.600,00 € 80.000,00 €');
    const pages = Number(/Seite 1 von (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(text).not.toContain(`Seite ${pages + 1} von`);
  });

  it('names the chosen municipality', async () => {
    const text = pdfText(await renderEvaluationPdf({ ...full, municipalityName: 'Grimma' }));
    expect(text).toContain('Gemeinde: Grimma');
  });

  it('renders two years of six reports quickly', async () => {
    const big = doc(['volunteers', 'sponsorships', 'hours', 'cards', 'grants', 'events'].map((n) => report(n as Report['name'], n, [byMonth, wide, byMonth])));
    const started = Date.now();
    await renderEvaluationPdf(big);
    await renderEvaluationXlsx(big);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('evaluation XLSX', () => {
  it('has an Info sheet and one sheet per table with a bold frozen header and real numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await renderEvaluationXlsx(full) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Info', 'Stunden nach Monat', 'Mikroprojekte nach Handlungsfel']);
    const info = workbook.getWorksheet('Info')!;
    expect(info.getCell('B2').value).toBe('01.01.2025–31.12.2026');
    expect(info.getCell('B3').value).toBe('alle Gemeinden');
    expect(String(info.getCell('B5').value)).toContain('„< 3“');
    const hours = workbook.getWorksheet('Stunden nach Monat')!;
    expect(hours.getRow(1).values).toEqual([undefined, 'Stunden nach Monat', 'Stunden', 'Freiwillige']);
    expect(hours.getRow(1).font?.bold).toBe(true);
    expect(hours.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(hours.getCell('A2').value).toBe('Januar 2025');
    expect(hours.getCell('B2').value).toBe(10);
    expect(hours.getCell('B2').numFmt).toBe('#,##0.0');
    expect(hours.getCell('C5').value).toBe('< 3');
    expect(hours.getCell('B26').value).toBe(1234.5);
    const grants = workbook.getWorksheet('Mikroprojekte nach Handlungsfel')!;
    expect(grants.getCell('C2').value).toBe(12345);
    expect(grants.getCell('C2').numFmt).toBe('#,##0.00 "€"');
    expect(grants.getCell('G2').value).toBe(7.5);
  });

  it('makes sheet names Excel accepts: at most 31 characters, no forbidden signs, unique', () => {
    const names = sheetNames(['Nach Gemeinde', 'nach gemeinde', 'Ein sehr langer Tabellentitel, der nicht passt', 'Ein sehr langer Tabellentitel, der nicht passt', 'A/B: C?', 'Info'], ['Info']);
    expect(names).toEqual(['Nach Gemeinde', 'nach gemeinde (2)', 'Ein sehr langer Tabellentitel,', 'Ein sehr langer Tabellentit (2)', 'A B C', 'Info (2)']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('names the files in German after the period', () => {
    expect(evaluationFileName({ from: '2025-01-01', to: '2026-12-31', municipalityName: null }, 'pdf')).toBe('Auswertung_2025-01-01_bis_2026-12-31.pdf');
    expect(evaluationFileName({ from: '2025-01-01', to: '2026-12-31', municipalityName: 'Bad Lausick' }, 'xlsx')).toBe('Auswertung_2025-01-01_bis_2026-12-31_Bad-Lausick.xlsx');
  });
});
