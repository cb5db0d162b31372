import type { DataSource } from 'typeorm';
import type { HourSortField } from '@miteinander/contracts';
import { HOUR_VIEW_SELECT, type HourViewRow } from '../hour-view';
import { HOUR_SORT_COLUMNS, hourFilters, hourOrderBy, type HourFilters } from '../hour-filters';

const BATCH = 2000;

type KeyedRow = HourViewRow & Record<`k${number}`, string | null>;

/**
 * Every entry matching the filters, in the list's order, in batches: keyset pagination on the sort columns
 * plus the id, so a large export never holds a transaction open (PGlite serialises all connections behind one)
 * and never re-reads skipped rows the way OFFSET would.
 */
export async function* hourRowsInOrder(dataSource: DataSource, filters: HourFilters, sort: HourSortField, direction: 'asc' | 'desc'): AsyncGenerator<HourViewRow[]> {
  const columns = [...HOUR_SORT_COLUMNS[sort], { expr: 'h.id', type: 'uuid' as const }];
  const keys = columns.map((c, i) => `${c.expr}::text AS k${i}`).join(', ');
  const select = HOUR_VIEW_SELECT.replace(/^\s*SELECT /, `SELECT ${keys}, `);
  const base = hourFilters(filters);
  const comparison = direction === 'asc' ? '>' : '<';
  let after: (string | null)[] | null = null;
  for (;;) {
    const params = [...base.params];
    const conditions = base.where ? [base.where.replace(/^WHERE /, '')] : [];
    if (after) {
      const placeholders = columns.map((c, i) => `$${params.length + i + 1}::${c.type}`);
      params.push(...after);
      conditions.push(`(${columns.map((c) => c.expr).join(', ')}) ${comparison} (${placeholders.join(', ')})`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows: KeyedRow[] = await dataSource.query(`${select} ${where} ORDER BY ${hourOrderBy(sort, direction)} LIMIT ${BATCH}`, params);
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = columns.map((_, i) => last[`k${i}`] ?? null);
  }
}
