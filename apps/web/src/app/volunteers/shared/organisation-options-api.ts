import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationRef } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

/** Organisations to pick from: all of them for coordinators. Fetched fresh, since coordinators add new ones. */
@Injectable({ providedIn: 'root' })
export class OrganisationOptionsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OrganisationRef[]> {
    return this.http.get<OrganisationRef[]>(`${API}/organisations/options`);
  }
}
