import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationKind, OrganisationSortField, OrganisationView, Page, SaveOrganisationRequest } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { queryParams } from '../core/api/query-params';

export interface OrganisationQuery {
  page: number;
  pageSize: number;
  sort: OrganisationSortField;
  direction: 'asc' | 'desc';
  q: string;
  kind: OrganisationKind | '';
  municipalityId: string;
}

const BASE = `${API}/organisations`;

@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(query: OrganisationQuery): Observable<Page<OrganisationView>> {
    return this.http.get<Page<OrganisationView>>(BASE, { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<OrganisationView> {
    return this.http.get<OrganisationView>(`${BASE}/${encodeURIComponent(id)}`);
  }

  create(request: SaveOrganisationRequest): Observable<OrganisationView> {
    return this.http.post<OrganisationView>(BASE, request);
  }

  update(id: string, request: SaveOrganisationRequest): Observable<OrganisationView> {
    return this.http.put<OrganisationView>(`${BASE}/${encodeURIComponent(id)}`, request);
  }
}
