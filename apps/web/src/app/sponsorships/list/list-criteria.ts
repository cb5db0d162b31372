import type { ParamMap, Params } from '@angular/router';
import {
  OCCUPYING_STATES,
  SPONSORSHIP_KINDS,
  SPONSORSHIP_LIST_VIEWS,
  SPONSORSHIP_SORT_FIELDS,
  SPONSORSHIP_STATES,
  WAITING_STATES,
  type SponsorshipKind,
  type SponsorshipListQuery,
  type SponsorshipListView,
  type SponsorshipSortField,
  type SponsorshipState,
} from '@miteinander/contracts';

/** The filter form's value: '' means "any". */
export interface SponsorshipFilters {
  q: string;
  kind: SponsorshipKind | '';
  state: SponsorshipState | '';
  municipalityId: string;
  coordinatorId: string;
  overdue: boolean;
}

export interface SponsorshipSort {
  active: SponsorshipSortField;
  direction: 'asc' | 'desc';
}

export const NO_FILTERS: SponsorshipFilters = { q: '', kind: '', state: '', municipalityId: '', coordinatorId: '', overdue: false };
export const DEFAULT_VIEW: SponsorshipListView = 'waiting';

/** Each list opens sorted by what matters there: the longest waiting first, the next talk, the nearest end, the newest. */
export const DEFAULT_SORTS: Record<SponsorshipListView, SponsorshipSort> = {
  waiting: { active: 'requestedAt', direction: 'asc' },
  running: { active: 'nextCheckInDue', direction: 'asc' },
  ending_soon: { active: 'plannedEnd', direction: 'asc' },
  closed: { active: 'requestedAt', direction: 'desc' },
  all: { active: 'requestedAt', direction: 'desc' },
};

/** The states a view can hold: the state filter offers only these. */
export const VIEW_STATES: Record<SponsorshipListView, readonly SponsorshipState[]> = {
  waiting: WAITING_STATES,
  running: OCCUPYING_STATES,
  ending_soon: OCCUPYING_STATES,
  closed: ['closed'],
  all: SPONSORSHIP_STATES,
};

/** Check-ins are due only in running sponsorships. */
export function viewHasCheckIns(view: SponsorshipListView): boolean {
  return view === 'running' || view === 'ending_soon' || view === 'all';
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function viewFromParams(params: ParamMap): SponsorshipListView {
  return oneOf(SPONSORSHIP_LIST_VIEWS, params.get('view')) || DEFAULT_VIEW;
}

/** Filters from the address bar: a bookmarked or shared list opens the same way; unknown values are ignored. */
export function filtersFromParams(params: ParamMap): SponsorshipFilters {
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    kind: oneOf(SPONSORSHIP_KINDS, params.get('kind')),
    state: oneOf(SPONSORSHIP_STATES, params.get('state')),
    municipalityId: /^\d+$/.test(params.get('municipalityId') ?? '') ? params.get('municipalityId')! : '',
    coordinatorId: /^[0-9a-f-]{36}$/i.test(params.get('coordinatorId') ?? '') ? params.get('coordinatorId')! : '',
    overdue: params.get('overdue') === 'true',
  };
}

export function sortFromParams(params: ParamMap, view: SponsorshipListView): SponsorshipSort {
  const active = oneOf(SPONSORSHIP_SORT_FIELDS, params.get('sort'));
  const direction = params.get('direction') === 'desc' ? 'desc' : params.get('direction') === 'asc' ? 'asc' : null;
  return active ? { active, direction: direction ?? 'asc' } : DEFAULT_SORTS[view];
}

/** Only what differs from the defaults goes into the address, so the plain waiting list has a clean URL. */
export function toParams(view: SponsorshipListView, filters: SponsorshipFilters, sort: SponsorshipSort): Params {
  const params: Params = {};
  if (view !== DEFAULT_VIEW) params['view'] = view;
  const q = filters.q.trim();
  if (q) params['q'] = q;
  for (const key of ['kind', 'state', 'municipalityId', 'coordinatorId'] as const) if (filters[key]) params[key] = filters[key];
  if (filters.overdue) params['overdue'] = 'true';
  const standard = DEFAULT_SORTS[view];
  if (sort.active !== standard.active || sort.direction !== standard.direction) {
    params['sort'] = sort.active;
    params['direction'] = sort.direction;
  }
  return params;
}

/** A state filter outside the view and "overdue" in a list without check-ins would only empty it: they are left out. */
export function toQuery(view: SponsorshipListView, filters: SponsorshipFilters, sort: SponsorshipSort): Omit<SponsorshipListQuery, 'page' | 'pageSize'> {
  const state = filters.state && VIEW_STATES[view].includes(filters.state) ? filters.state : undefined;
  return {
    view,
    q: filters.q.trim() || undefined,
    kind: filters.kind || undefined,
    state,
    municipalityId: filters.municipalityId ? Number(filters.municipalityId) : undefined,
    coordinatorId: filters.coordinatorId || undefined,
    overdue: filters.overdue && viewHasCheckIns(view) ? true : undefined,
    sort: sort.active,
    direction: sort.direction,
  };
}

export function sameFilters(a: SponsorshipFilters, b: SponsorshipFilters): boolean {
  return (
    a.q.trim() === b.q.trim() &&
    a.kind === b.kind &&
    a.state === b.state &&
    a.municipalityId === b.municipalityId &&
    a.coordinatorId === b.coordinatorId &&
    a.overdue === b.overdue
  );
}
