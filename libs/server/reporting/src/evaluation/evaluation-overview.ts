import type { Figure, FigureUnit, Report } from '@miteinander/contracts';
import { OVERVIEW_ITEMS, type OverviewItem } from './evaluation-texts';

export interface OverviewLine {
  label: string;
  value: Figure;
  unit: FigureUnit;
}

/**
 * The key totals for the "Überblick": each item is read from the total row of its report's table, so the overview
 * says exactly what the sections below say. Items whose table or total is not there are left out.
 */
export function overviewOf(reports: readonly Report[], items: readonly OverviewItem[] = OVERVIEW_ITEMS): OverviewLine[] {
  return items.flatMap((item) => {
    const table = reports.find((r) => r.name === item.report)?.tables.find((t) => t.key === item.table);
    const column = table?.columns.find((c) => c.key === item.column);
    const value = table?.total?.cells[item.column];
    return column && value !== undefined ? [{ label: item.label, value, unit: column.unit }] : [];
  });
}
