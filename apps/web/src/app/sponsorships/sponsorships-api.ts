import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateSponsorshipRequest,
  DeclineProposalRequest,
  OverdueCheckInItem,
  OwnSponsorshipView,
  Page,
  PersonRef,
  RecordCheckInRequest,
  SponsorshipListItem,
  SponsorshipListQuery,
  SponsorshipTransitionRequest,
  SponsorshipView,
  UpdateSponsorshipRequest,
  VolunteerListItem,
} from '@miteinander/contracts';
import { map, type Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { queryParams } from '../core/api/query-params';

const BASE = `${API}/sponsorships`;
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Sponsorships: the coordinators' lists and lifecycle, and the signed-in volunteer's own (`mine`). */
@Injectable({ providedIn: 'root' })
export class SponsorshipsApi {
  private readonly http = inject(HttpClient);

  list(query: SponsorshipListQuery): Observable<Page<SponsorshipListItem>> {
    return this.http.get<Page<SponsorshipListItem>>(BASE, { params: queryParams({ ...query }) });
  }

  /** Where the browser downloads the list with these filters (no paging: the export has them all). */
  exportUrl(format: 'csv' | 'xlsx', query: SponsorshipListQuery): string {
    return `${BASE}/export?${queryParams({ ...query, page: undefined, pageSize: undefined, format }).toString()}`;
  }

  /** Who can be responsible for a sponsorship. */
  coordinators(): Observable<PersonRef[]> {
    return this.http.get<PersonRef[]>(`${BASE}/coordinators`);
  }

  create(request: CreateSponsorshipRequest): Observable<SponsorshipView> {
    return this.http.post<SponsorshipView>(BASE, request);
  }

  get(id: string): Observable<SponsorshipView> {
    return this.http.get<SponsorshipView>(one(id));
  }

  update(id: string, changes: UpdateSponsorshipRequest): Observable<SponsorshipView> {
    return this.http.patch<SponsorshipView>(one(id), changes);
  }

  transition(id: string, request: SponsorshipTransitionRequest): Observable<SponsorshipView> {
    return this.http.post<SponsorshipView>(`${one(id)}/transitions`, request);
  }

  recordCheckIn(id: string, request: RecordCheckInRequest): Observable<SponsorshipView> {
    return this.http.post<SponsorshipView>(`${one(id)}/check-ins`, request);
  }

  /** A new request (ready to match) with the same family or pupil; the closed one stays as it is. */
  rematch(id: string): Observable<SponsorshipView> {
    return this.http.post<SponsorshipView>(`${one(id)}/rematch`, {});
  }

  /** The coordinator's start page: the longest overdue first. */
  overdueCheckIns(): Observable<OverdueCheckInItem[]> {
    return this.http.get<OverdueCheckInItem[]>(`${BASE}/check-ins/overdue`);
  }

  /** Active volunteers whose name matches, for a proposal. */
  searchVolunteers(q: string): Observable<VolunteerListItem[]> {
    return this.http
      .get<Page<VolunteerListItem>>(`${API}/volunteers`, { params: queryParams({ q, status: 'active', pageSize: 10, sort: 'lastName', direction: 'asc' }) })
      .pipe(map((page) => page.items));
  }

  mine(): Observable<OwnSponsorshipView[]> {
    return this.http.get<OwnSponsorshipView[]>(`${BASE}/mine`);
  }

  /** The proposed volunteer says no; answers with the volunteer's sponsorships as they are now. */
  decline(id: string, request: DeclineProposalRequest): Observable<OwnSponsorshipView[]> {
    return this.http.post<OwnSponsorshipView[]>(`${BASE}/mine/${encodeURIComponent(id)}/decline`, request);
  }
}
