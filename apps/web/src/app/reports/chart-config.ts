import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { SUPPRESSED, type ReportColumn, type ReportRow, type ReportTable } from '@miteinander/contracts';
import { formatDisplay, formatFigure, formatTick, toDisplayNumber, type UnitWords } from './figure-format';

/**
 * Series colours, in this order: each has at least 4.5:1 contrast against the light page (WCAG 1.4.11 asks 3:1),
 * and neighbours differ in hue and lightness. Lines also differ in dash, so colour is never the only cue.
 */
export const SERIES_COLOURS = ['#0b5cad', '#b34700', '#1b7a4b', '#8a3ca8', '#b0173f', '#5c6b00', '#00707a', '#6b4f2a', '#3d4b66', '#7d2e68'];
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [16, 4]];
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
/** Light to dark; every dot gets a dark outline, so even the lightest stands out from the page. */
export const SCALE_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const OUTLINE = '#1d3557';
const TEXT = '#44474e';
const GRID = '#c4c6cf';
/** Bar charts with more rows than this lie on their side, so long labels stay readable on phones. */
const HORIZONTAL_FROM = 7;

export interface ChartSettings {
  locale: string;
  words: UnitWords;
  rtl: boolean;
}

export interface LegendClass {
  colour: string;
  label: string;
}

export interface ChartPlan {
  config: ChartConfiguration;
  /** CSS height of the drawing area when it depends on the rows; null: the page's default height. */
  height: string | null;
  /** The map keeps its proportions: the width sets the height. */
  keepsAspect: boolean;
  /** For the map: the colour classes, shown as a legend beside it. */
  legend: LegendClass[];
}

interface MapPoint {
  x: number;
  y: number;
  name: string;
  value: number;
}

/** The columns a chart can share one axis for: those with the first column's unit. */
export function chartedColumns(table: ReportTable): ReportColumn[] {
  const unit = table.columns[0]?.unit;
  return table.columns.filter((c) => c.unit === unit);
}

/** Whether the chart leaves out cells (suppressed ones), so the page says the table has them. */
export function chartOmitsCells(table: ReportTable): boolean {
  const columns = table.chart === 'map' ? table.columns.slice(0, 1) : chartedColumns(table);
  return table.rows.some((row) => columns.some((c) => row.cells[c.key] === SUPPRESSED));
}

/** Whether there is anything to draw. */
export function isChartable(table: ReportTable): boolean {
  if (table.chart === 'none' || table.rows.length === 0 || table.columns.length === 0) return false;
  return table.chart !== 'map' || table.rows.some(hasPlace);
}

function hasPlace(row: ReportRow): boolean {
  return typeof row.lat === 'number' && typeof row.lon === 'number';
}

function displayValue(row: ReportRow, column: ReportColumn): number | null {
  const value = row.cells[column.key];
  return typeof value === 'number' ? toDisplayNumber(value, column.unit) : null;
}

function baseOptions(settings: ChartSettings) {
  return {
    responsive: true,
    animation: false as const,
    locale: settings.locale,
    color: TEXT,
    font: { family: 'Roboto, "Noto Sans Arabic", Arial, sans-serif' },
  };
}

/** Line, bar and stacked bar charts: rows along one axis, one series per column. */
function seriesChart(table: ReportTable, settings: ChartSettings): ChartPlan {
  const columns = chartedColumns(table);
  const unit = columns[0].unit;
  const isLine = table.chart === 'line';
  const stacked = table.chart === 'stackedBar';
  const horizontal = !isLine && table.rows.length >= HORIZONTAL_FROM;
  const datasets = columns.map((column, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
    const data = table.rows.map((row) => displayValue(row, column));
    if (isLine) {
      return {
        type: 'line',
        label: column.label,
        data,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: table.rows.length > 36 ? 0 : 3,
        pointHoverRadius: 5,
        spanGaps: false,
        tension: 0,
      } as ChartDataset<'line', (number | null)[]>;
    }
    return {
      type: 'bar',
      label: column.label,
      data,
      backgroundColor: colour,
      // A thin line in the page colour between stacked parts keeps each part's edge visible.
      borderColor: '#ffffff',
      borderWidth: stacked ? 1 : 0,
      maxBarThickness: 48,
    } as ChartDataset<'bar', (number | null)[]>;
  });
  const tick = (value: number | string): string => formatTick(Number(value), unit, settings.locale, settings.words);
  const exact = (value: number): string => formatDisplay(value, unit, settings.locale, settings.words);
  const categoryAxis = { stacked, reverse: settings.rtl && !horizontal, grid: { display: false }, ticks: { color: TEXT } };
  const valueAxis = {
    stacked,
    beginAtZero: true,
    reverse: settings.rtl && horizontal,
    position: horizontal ? ('bottom' as const) : settings.rtl ? ('right' as const) : ('left' as const),
    grid: { color: GRID },
    ticks: { color: TEXT, callback: tick, precision: unit === 'count' || unit === 'days' ? 0 : undefined },
  };
  if (horizontal) Object.assign(categoryAxis, { position: settings.rtl ? 'right' : 'left' });
  const config = {
    type: isLine ? 'line' : 'bar',
    data: { labels: table.rows.map((r) => r.label), datasets },
    options: {
      ...baseOptions(settings),
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: datasets.length > 1, position: 'bottom', rtl: settings.rtl, labels: { color: TEXT, usePointStyle: isLine } },
        tooltip: {
          rtl: settings.rtl,
          textDirection: settings.rtl ? 'rtl' : 'ltr',
          callbacks: { label: (item: TooltipItem<'line' | 'bar'>) => `${item.dataset.label ?? ''}: ${exact((horizontal ? item.parsed.x : item.parsed.y) ?? 0)}` },
        },
      },
    },
  } as ChartConfiguration;
  const perRow = stacked ? 2 : 1.2 + 0.8 * columns.length;
  const height = horizontal ? `${Math.max(12, Math.round(table.rows.length * perRow + 4))}rem` : null;
  return { config, height, keepsAspect: false, legend: [] };
}

/** Equal steps between the smallest and the largest figure, in whole server units. */
export function colourClasses(values: number[], table: ReportTable, settings: ChartSettings): { bounds: number[]; legend: LegendClass[] } {
  const unit = table.columns[0].unit;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = Math.max(1, Math.min(SCALE_COLOURS.length, new Set(values).size, max - min + 1));
  const bounds = Array.from({ length: count }, (_, i) => min + Math.ceil(((max - min + 1) * i) / count));
  const colours = count === 1 ? [SCALE_COLOURS[SCALE_COLOURS.length - 1]] : SCALE_COLOURS.slice(SCALE_COLOURS.length - count);
  const legend = bounds.map((lower, i) => {
    const upper = i + 1 < count ? bounds[i + 1] - 1 : max;
    const from = formatFigure(lower, unit, settings.locale, settings.words);
    const label = lower === upper ? from : `${from} – ${formatFigure(upper, unit, settings.locale, settings.words)}`;
    return { colour: colours[i], label };
  });
  return { bounds, legend };
}

function classOf(value: number, bounds: number[]): number {
  let index = 0;
  bounds.forEach((lower, i) => {
    if (value >= lower) index = i;
  });
  return index;
}

/**
 * The municipalities where they lie (x = longitude, y = latitude), coloured and sized by the first column.
 * A degree of longitude is shorter than one of latitude (by cos latitude); the drawing keeps the true proportions.
 */
function mapChart(table: ReportTable, settings: ChartSettings): ChartPlan {
  const column = table.columns[0];
  const placed = table.rows.filter(hasPlace);
  const points: MapPoint[] = placed.flatMap((row) => {
    const value = row.cells[column.key];
    return typeof value === 'number' ? [{ x: row.lon!, y: row.lat!, name: row.label, value }] : [];
  });
  const { bounds, legend } = points.length ? colourClasses(points.map((p) => p.value), table, settings) : { bounds: [], legend: [] };
  const classes = points.map((p) => classOf(p.value, bounds));

  const lons = placed.map((r) => r.lon!);
  const lats = placed.map((r) => r.lat!);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const midLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const shrink = Math.cos((midLat * Math.PI) / 180);
  let width = Math.max((Math.max(...lons) - Math.min(...lons)) * shrink, 0.05);
  let height = Math.max(Math.max(...lats) - Math.min(...lats), 0.05);
  const aspect = Math.min(1.6, Math.max(0.8, width / height));
  if (width / height < aspect) width = aspect * height;
  else height = width / aspect;
  const margin = 1.15;

  const config = {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: column.label,
          data: points,
          pointBackgroundColor: classes.map((c) => legend[c]?.colour ?? OUTLINE),
          pointBorderColor: OUTLINE,
          pointBorderWidth: 1.5,
          // Bigger dots for bigger figures: the size tells the order too, not the colour alone.
          pointRadius: classes.map((c) => 6 + c * 2.5),
          pointHoverRadius: classes.map((c) => 8 + c * 2.5),
        },
      ],
    },
    options: {
      ...baseOptions(settings),
      maintainAspectRatio: true,
      aspectRatio: aspect,
      scales: {
        x: { type: 'linear', display: false, min: midLon - (width * margin) / 2 / shrink, max: midLon + (width * margin) / 2 / shrink },
        y: { type: 'linear', display: false, min: midLat - (height * margin) / 2, max: midLat + (height * margin) / 2 },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          rtl: settings.rtl,
          textDirection: settings.rtl ? 'rtl' : 'ltr',
          callbacks: {
            title: () => '',
            label: (item: TooltipItem<'scatter'>) => {
              const point = item.raw as MapPoint;
              return `${point.name}: ${formatFigure(point.value, column.unit, settings.locale, settings.words)}`;
            },
          },
        },
      },
    },
    plugins: [placeNames(points, settings.rtl)],
  } as ChartConfiguration;
  return { config, height: null, keepsAspect: true, legend };
}

/** Writes each municipality's name beside its dot, so the map reads without hovering (phones cannot hover). */
function placeNames(points: readonly MapPoint[], rtl: boolean): Plugin<'scatter'> {
  return {
    id: 'placeNames',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const elements = chart.getDatasetMeta(0).data;
      ctx.save();
      ctx.font = '11px Roboto, sans-serif';
      ctx.fillStyle = TEXT;
      ctx.textBaseline = 'middle';
      ctx.textAlign = rtl ? 'right' : 'left';
      elements.forEach((element, i) => {
        const point = points[i];
        if (!point) return;
        const radius = (element.options as { radius?: number } | undefined)?.radius ?? 6;
        ctx.fillText(point.name, rtl ? element.x - radius - 3 : element.x + radius + 3, element.y);
      });
      ctx.restore();
    },
  };
}

/** What chart.js needs to draw a table; call only when isChartable(table). */
export function chartPlan(table: ReportTable, settings: ChartSettings): ChartPlan {
  return table.chart === 'map' ? mapChart(table, settings) : seriesChart(table, settings);
}
