import { monthLabel, monthsOf, type RawRow } from '@miteinander/domain-reporting';
import { countCell, publishTable, type TableColumnSpec } from '../publish-table';
import type { ReportBuilder, ReportContext } from '../report-context';
import { volunteerFlows, type VolunteerFlows } from './volunteer-flows';
import { VOLUNTEERS_TEXTS, type VolunteersTexts } from './volunteers-texts';

const columns = (t: VolunteersTexts, activeAdditive: boolean): TableColumnSpec[] => [
  { key: 'active', label: t.columns.active, unit: 'count', additive: activeAdditive },
  { key: 'new', label: t.columns.new, unit: 'count', additive: true },
  { key: 'left', label: t.columns.left, unit: 'count', additive: true },
];

const cells = (active: number, n: number, left: number) => ({ active: countCell(active), new: countCell(n), left: countCell(left) });

/** Volunteers active, new and left: per month of the period and per municipality. */
export const volunteersReport: ReportBuilder = async (ctx) => {
  const t = VOLUNTEERS_TEXTS[ctx.lang];
  const flows = await volunteerFlows(ctx.m, ctx.scope);
  return { title: t.title, municipalityNote: null, tables: [byMonth(ctx, t, flows), byMunicipality(ctx, t, flows)] };
};

function byMonth(ctx: ReportContext, t: VolunteersTexts, flows: VolunteerFlows) {
  let stock = flows.opening;
  let newSum = 0;
  let leftSum = 0;
  const rows: RawRow[] = monthsOf(ctx.scope.from, ctx.scope.to).map((month) => {
    const f = flows.months.get(month)!;
    stock += f.delta;
    newSum += f.new;
    leftSum += f.left;
    return { key: month, label: monthLabel(month, ctx.lang), cells: cells(stock, f.new, f.left) };
  });
  return publishTable({
    key: 'volunteersByMonth',
    ...t.byMonth,
    chart: 'line',
    // The active stock of the last month is the one at the end of the period: no sum.
    columns: columns(t, false),
    rows,
    total: { key: 'total', label: t.total, cells: cells(stock, newSum, leftSum) },
  });
}

function byMunicipality(ctx: ReportContext, t: VolunteersTexts, flows: VolunteerFlows) {
  const zero = { delta: 0, new: 0, left: 0 };
  const rows: RawRow[] = ctx.municipalities
    .filter((x) => ctx.scope.municipalityId === null || x.id === ctx.scope.municipalityId)
    .map((x) => {
      const f = flows.municipalities.get(String(x.id)) ?? zero;
      return {
        key: String(x.id),
        label: x.outsideCounty ? t.outsideCounty : x.name,
        cells: cells(f.delta, f.new, f.left),
        ...(x.lat !== null && x.lon !== null ? { lat: x.lat, lon: x.lon } : {}),
      };
    });
  const none = flows.municipalities.get('none');
  if (none && (none.delta || none.new || none.left)) rows.push({ key: 'none', label: t.none, cells: cells(none.delta, none.new, none.left) });
  const sum = (k: 'active' | 'new' | 'left') => rows.reduce((s, r) => s + r.cells[k].value, 0);
  return publishTable({
    key: 'volunteersByMunicipality',
    ...t.byMunicipality,
    chart: 'map',
    // Each volunteer has one municipality, so every column adds up.
    columns: columns(t, true),
    rows,
    total: { key: 'total', label: t.total, cells: cells(sum('active'), sum('new'), sum('left')) },
  });
}
