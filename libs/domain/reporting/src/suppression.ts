import { SUPPRESSED, type Figure } from '@miteinander/contracts';

/** The fewest people a published figure may stand for. */
export const MIN_PEOPLE = 3;

/** A figure before publication: its value and how many distinct people (or families, applicants) stand behind it. */
export interface RawCell {
  value: number;
  people: number;
}

export interface RawRow {
  key: string;
  label: string;
  cells: Record<string, RawCell>;
  lat?: number;
  lon?: number;
}

export interface SuppressionColumn {
  key: string;
  /**
   * True when the total of this column is the sum of its cells (counts, hours, money): one hidden cell could then be
   * worked out as total minus the others, so a second one is hidden too. False for averages and distinct counts.
   */
  additive: boolean;
  /** An average: with no one behind it there is nothing to show (null), not 0. */
  average?: boolean;
}

export interface PublishedRow {
  key: string;
  label: string;
  cells: Record<string, Figure>;
  lat?: number;
  lon?: number;
}

const tooFew = (c: RawCell) => c.people > 0 && c.people < MIN_PEOPLE;

/**
 * Hides every figure fewer than 3 people stand behind (primary suppression), then, per additive column whose total
 * is shown, hides the next-smallest figure wherever exactly one was hidden (secondary suppression), so no hidden
 * figure can be recovered by subtraction. Zero stays zero: "nobody" reveals no one.
 */
export function suppressTable(
  columns: readonly SuppressionColumn[],
  rows: readonly RawRow[],
  total?: RawRow,
): { rows: PublishedRow[]; total?: PublishedRow } {
  const hidden = rows.map((r) => new Set(columns.filter((c) => r.cells[c.key] && tooFew(r.cells[c.key])).map((c) => c.key)));
  for (const column of columns) {
    if (!column.additive || !total?.cells[column.key] || tooFew(total.cells[column.key])) continue;
    const hiddenHere = rows.filter((_, i) => hidden[i].has(column.key)).length;
    if (hiddenHere !== 1) continue;
    let smallest = -1;
    rows.forEach((r, i) => {
      const cell = r.cells[column.key];
      if (!cell || hidden[i].has(column.key) || cell.people === 0) return;
      if (smallest < 0 || cell.people < rows[smallest].cells[column.key].people) smallest = i;
    });
    if (smallest >= 0) hidden[smallest].add(column.key);
  }
  const averages = new Set(columns.filter((c) => c.average).map((c) => c.key));
  const figure = (key: string, c: RawCell, hide: boolean): Figure => (hide ? SUPPRESSED : averages.has(key) && c.people === 0 ? null : c.value);
  const publish = (r: RawRow, hide: (key: string) => boolean): PublishedRow => ({
    key: r.key,
    label: r.label,
    cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, figure(k, c, hide(k))])),
    ...(r.lat !== undefined ? { lat: r.lat, lon: r.lon } : {}),
  });
  return {
    rows: rows.map((r, i) => publish(r, (k) => hidden[i].has(k))),
    ...(total ? { total: publish(total, (k) => tooFew(total.cells[k])) } : {}),
  };
}

/** One figure on its own (no table, no total): hidden when fewer than 3 people stand behind it. */
export function publishFigure(cell: RawCell): Figure {
  return tooFew(cell) ? SUPPRESSED : cell.value;
}
