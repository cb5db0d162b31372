import type { HourEntryStatus, HourSortField } from '@miteinander/contracts';

/** The filters shared by the staff list, the approval queue and the exports. */
export interface HourFilters {
  status?: HourEntryStatus;
  volunteerId?: string;
  organisationId?: string;
  municipalityId?: number;
  from?: string;
  to?: string;
}

/** Sort fields map to fixed column lists (allow-list; never text from the request). `h.id` breaks ties. */
export const HOUR_SORT_COLUMNS: Record<HourSortField, { expr: string; type: 'date' | 'int' | 'text' | 'timestamptz' }[]> = {
  activityDate: [{ expr: 'h.activity_date', type: 'date' }, { expr: 'h.created_at', type: 'timestamptz' }],
  minutes: [{ expr: 'h.minutes', type: 'int' }],
  volunteer: [{ expr: 'v.last_name', type: 'text' }, { expr: 'v.first_name', type: 'text' }],
  createdAt: [{ expr: 'h.created_at', type: 'timestamptz' }],
};

/** A WHERE clause with positional parameters ($1…) for the query's `h` (hour_entries) and `v` (volunteers). */
export function hourFilters(f: HourFilters): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (f.status) add((p) => `h.status = ${p}`, f.status);
  if (f.volunteerId) add((p) => `h.volunteer_id = ${p}::uuid`, f.volunteerId);
  if (f.organisationId) add((p) => `h.organisation_id = ${p}::uuid`, f.organisationId);
  if (f.municipalityId !== undefined) add((p) => `v.municipality_id = ${p}::int`, f.municipalityId);
  if (f.from) add((p) => `h.activity_date >= ${p}::date`, f.from);
  if (f.to) add((p) => `h.activity_date <= ${p}::date`, f.to);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function hourOrderBy(sort: HourSortField, direction: 'asc' | 'desc'): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return [...HOUR_SORT_COLUMNS[sort].map((c) => c.expr), 'h.id'].map((e) => `${e} ${dir}`).join(', ');
}
