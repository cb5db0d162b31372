import { monthLabel, monthsOf, type RawRow } from '@miteinander/domain-reporting';
import type { ReportBuilder } from '../report-context';
import { countCell, publishTable } from '../publish-table';
import { cardsPerMonth, cardsPerMunicipality } from './cards-queries';
import { CARDS_TEXTS } from './cards-texts';

const sum = (rows: RawRow[], key: string) => rows.reduce((n, r) => n + r.cells[key].value, 0);
const totalRow = (label: string, rows: RawRow[], keys: string[]): RawRow => ({
  key: 'total',
  label,
  cells: Object.fromEntries(keys.map((k) => [k, countCell(sum(rows, k))])),
});

/**
 * Honorary cards: applications, issues and rejections per month, and cards issued and valid per municipality (the
 * volunteer's). Every figure counts applications or cards, one per person at a time, so each is its own people count.
 */
export const cardsReport: ReportBuilder = async (ctx) => {
  const texts = CARDS_TEXTS[ctx.lang];
  const [perMonth, perMunicipality] = [await cardsPerMonth(ctx.m, ctx.scope), await cardsPerMunicipality(ctx.m, ctx.scope)];

  const monthKeys = ['applications', 'issued', 'rejected'];
  const monthRows = monthsOf(ctx.scope.from, ctx.scope.to).map(
    (month): RawRow => ({
      key: month,
      label: monthLabel(month, ctx.lang),
      cells: Object.fromEntries(monthKeys.map((k) => [k, countCell(perMonth.find((r) => r.figure === k && r.month === month)?.n ?? 0)])),
    }),
  );
  const byMonth = publishTable({
    key: 'cardsByMonth',
    title: texts.byMonth.title,
    description: texts.byMonth.description,
    chart: 'bar',
    columns: [
      { key: 'applications', label: texts.byMonth.applications, unit: 'count', additive: true },
      { key: 'issued', label: texts.byMonth.issued, unit: 'count', additive: true },
      { key: 'rejected', label: texts.byMonth.rejected, unit: 'count', additive: true },
    ],
    rows: monthRows,
    total: totalRow(texts.total, monthRows, monthKeys),
  });

  // Every municipality of the county (or the chosen one) even without cards; others and "none stated" where they have some.
  const figuresOf = (id: number | null) => perMunicipality.find((r) => r.municipality_id === id);
  const shown = ctx.municipalities.filter((mu) => (ctx.scope.municipalityId === null ? !mu.outsideCounty || figuresOf(mu.id) : mu.id === ctx.scope.municipalityId));
  const placeRows: RawRow[] = shown.map((mu) => ({
    key: String(mu.id),
    label: mu.name,
    cells: { issued: countCell(figuresOf(mu.id)?.issued ?? 0), valid: countCell(figuresOf(mu.id)?.valid ?? 0) },
  }));
  const unplaced = figuresOf(null);
  if (unplaced) placeRows.push({ key: 'none', label: texts.noMunicipality, cells: { issued: countCell(unplaced.issued), valid: countCell(unplaced.valid) } });
  const byMunicipality = publishTable({
    key: 'cardsByMunicipality',
    title: texts.byMunicipality.title,
    description: texts.byMunicipality.description,
    chart: 'bar',
    columns: [
      { key: 'issued', label: texts.byMunicipality.issued, unit: 'count', additive: true },
      { key: 'valid', label: texts.byMunicipality.valid(ctx.scope.to), unit: 'count', additive: true },
    ],
    rows: placeRows,
    total: totalRow(texts.total, placeRows, ['issued', 'valid']),
  });

  return { title: texts.title, municipalityNote: null, tables: [byMonth, byMunicipality] };
};
