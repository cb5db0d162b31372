import type { Params, ParamMap } from '@angular/router';
import {
  AVAILABILITY_SLOTS,
  POLICE_CERTIFICATE_STATES,
  SKILLS,
  VOLUNTEER_SORT_FIELDS,
  VOLUNTEER_STATUSES,
  type AvailabilitySlot,
  type PoliceCertificateState,
  type Skill,
  type VolunteerListQuery,
  type VolunteerSortField,
  type VolunteerStatus,
} from '@miteinander/contracts';

/** The filter form's value: '' means "any". */
export interface VolunteerFilters {
  q: string;
  municipalityId: string;
  language: string;
  skill: Skill | '';
  status: VolunteerStatus | '';
  availability: AvailabilitySlot | '';
  policeCertificate: PoliceCertificateState | '';
  organisationId: string;
}

export interface VolunteerSort {
  active: VolunteerSortField;
  direction: 'asc' | 'desc';
}

export const NO_FILTERS: VolunteerFilters = {
  q: '',
  municipalityId: '',
  language: '',
  skill: '',
  status: '',
  availability: '',
  policeCertificate: '',
  organisationId: '',
};
export const DEFAULT_SORT: VolunteerSort = { active: 'lastName', direction: 'asc' };

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters from the address bar: a bookmarked or shared list opens filtered the same way; unknown values are ignored. */
export function filtersFromParams(params: ParamMap): VolunteerFilters {
  const text = (name: string, max: number) => (params.get(name) ?? '').slice(0, max);
  return {
    q: text('q', 200),
    municipalityId: /^\d+$/.test(params.get('municipalityId') ?? '') ? params.get('municipalityId')! : '',
    language: /^[a-z]{2,3}$/.test(params.get('language') ?? '') ? params.get('language')! : '',
    skill: oneOf(SKILLS, params.get('skill')),
    status: oneOf(VOLUNTEER_STATUSES, params.get('status')),
    availability: oneOf(AVAILABILITY_SLOTS, params.get('availability')),
    policeCertificate: oneOf(POLICE_CERTIFICATE_STATES, params.get('policeCertificate')),
    organisationId: text('organisationId', 64),
  };
}

export function sortFromParams(params: ParamMap): VolunteerSort {
  const active = oneOf(VOLUNTEER_SORT_FIELDS, params.get('sort'));
  const direction = params.get('direction') === 'desc' ? 'desc' : params.get('direction') === 'asc' ? 'asc' : null;
  return active ? { active, direction: direction ?? 'asc' } : DEFAULT_SORT;
}

/** Only what differs from the defaults goes into the address, so an unfiltered list has a clean URL. */
export function toParams(filters: VolunteerFilters, sort: VolunteerSort): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(filters)) {
    const trimmed = value.trim();
    if (trimmed) params[key] = trimmed;
  }
  if (sort.active !== DEFAULT_SORT.active || sort.direction !== DEFAULT_SORT.direction) {
    params['sort'] = sort.active;
    params['direction'] = sort.direction;
  }
  return params;
}

export function toQuery(filters: VolunteerFilters, sort: VolunteerSort): Omit<VolunteerListQuery, 'page' | 'pageSize'> {
  return {
    q: filters.q.trim() || undefined,
    municipalityId: filters.municipalityId ? Number(filters.municipalityId) : undefined,
    language: filters.language || undefined,
    skill: filters.skill || undefined,
    status: filters.status || undefined,
    availability: filters.availability || undefined,
    policeCertificate: filters.policeCertificate || undefined,
    organisationId: filters.organisationId || undefined,
    sort: sort.active,
    direction: sort.direction,
  };
}

export function sameFilters(a: VolunteerFilters, b: VolunteerFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof VolunteerFilters)[]).every((key) => a[key].trim() === b[key].trim());
}
