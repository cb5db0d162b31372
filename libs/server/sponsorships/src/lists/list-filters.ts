import { CHECK_IN_STATES, OCCUPYING_STATES, WAITING_STATES, type SponsorshipListView, type SponsorshipSortField } from '@miteinander/contracts';
import type { SqlParams } from '@miteinander/server-people';
import { containsPattern } from '@miteinander/server-platform';
import type { SponsorshipListQueryDto } from '../dto/list.query';

const PLANNED_END = `(s.trial_start + make_interval(months => s.planned_months))::date`;

/** Sort keys map to columns here and only here; ties broken by id so pages never overlap. */
const ORDER: Record<SponsorshipSortField, (d: 'ASC' | 'DESC') => string> = {
  requestedAt: (d) => `s.requested_at ${d}, s.id ${d}`,
  name: (d) => `b.name ${d}, s.id ${d}`,
  municipality: (d) => `m.name ${d}, b.name ${d}, s.id ${d}`,
  nextCheckInDue: (d) => `s.next_check_in_due ${d} NULLS LAST, s.id ${d}`,
  plannedEnd: (d) => `${PLANNED_END} ${d} NULLS LAST, s.id ${d}`,
};

/** Each list's natural order: the longest waiting first, the next talk first, the nearest end first, the newest first. */
const DEFAULT_ORDER: Record<SponsorshipListView, [SponsorshipSortField, 'asc' | 'desc']> = {
  waiting: ['requestedAt', 'asc'],
  running: ['nextCheckInDue', 'asc'],
  ending_soon: ['plannedEnd', 'asc'],
  closed: ['requestedAt', 'desc'],
  all: ['requestedAt', 'desc'],
};

export function orderBy(query: SponsorshipListQueryDto): string {
  const [sort, direction] = query.sort ? [query.sort, query.direction ?? 'asc'] : DEFAULT_ORDER[query.view];
  return ORDER[sort](direction === 'desc' ? 'DESC' : 'ASC');
}

/** The WHERE clause of every filter in the query, with bound parameters. */
export function whereClause(p: SqlParams, query: SponsorshipListQueryDto, today: string, endingSoonDays: number): string {
  const where: string[] = [];
  const states = (list: readonly string[]) => `s.state = ANY(${p.add(list)}::text[])`;
  if (query.view === 'waiting') where.push(states(WAITING_STATES));
  if (query.view === 'running') where.push(states(OCCUPYING_STATES));
  if (query.view === 'closed') where.push(`s.state = 'closed'`);
  if (query.view === 'ending_soon') {
    where.push(`(s.state = 'closing' OR (${states(CHECK_IN_STATES)} AND ${PLANNED_END} <= ${p.add(today)}::date + ${p.add(endingSoonDays)}::int))`);
  }
  if (query.kind) where.push(`s.kind = ${p.add(query.kind)}`);
  if (query.state) where.push(`s.state = ${p.add(query.state)}`);
  if (query.municipalityId !== undefined) where.push(`b.municipality_id = ${p.add(query.municipalityId)}`);
  if (query.volunteerId) where.push(`s.volunteer_id = ${p.add(query.volunteerId)}::uuid`);
  if (query.coordinatorId) where.push(`s.coordinator_id = ${p.add(query.coordinatorId)}::uuid`);
  if (query.overdue === true) where.push(`s.next_check_in_due < ${p.add(today)}::date`);
  if (query.overdue === false) where.push(`(s.next_check_in_due IS NULL OR s.next_check_in_due >= ${p.add(today)}::date)`);
  if (query.q?.trim()) {
    const q = p.add(containsPattern(query.q.trim()));
    where.push(`(b.name ILIKE ${q} OR (v.first_name || ' ' || v.last_name) ILIKE ${q})`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
