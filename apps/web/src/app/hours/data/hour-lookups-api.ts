import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationRef, OrganisationView, Page, VolunteerListItem } from '@miteinander/contracts';
import { map, type Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

export interface VolunteerChoice {
  id: string;
  /** Empty while only the id is known (e.g. from the URL). */
  name: string;
}

/** What the hour pages pick from: organisations, their contacts, volunteers (municipalities: MunicipalitiesApi). */
@Injectable({ providedIn: 'root' })
export class HourLookupsApi {
  private readonly http = inject(HttpClient);

  /** Volunteers get their own organisations, staff all of them. */
  organisationOptions(): Observable<OrganisationRef[]> {
    return this.http.get<OrganisationRef[]>(`${API}/organisations/options`);
  }

  organisation(id: string): Observable<OrganisationView> {
    return this.http.get<OrganisationView>(`${API}/organisations/${encodeURIComponent(id)}`);
  }

  /** Emails the contact a link through which they approve their organisation's waiting hours. */
  sendApprovalLink(organisationId: string, contactId: string): Observable<void> {
    return this.http.post<void>(`${API}/organisations/${encodeURIComponent(organisationId)}/approval-links`, { contactId });
  }

  searchVolunteers(q: string): Observable<VolunteerChoice[]> {
    return this.http
      .get<Page<VolunteerListItem>>(`${API}/volunteers`, { params: { q, pageSize: 10, sort: 'lastName', direction: 'asc' } })
      .pipe(map((page) => page.items.map((v) => ({ id: v.id, name: `${v.firstName} ${v.lastName}` }))));
  }
}
