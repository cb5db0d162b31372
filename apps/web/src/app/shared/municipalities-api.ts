import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { shareReplay, type Observable } from 'rxjs';
import type { MunicipalityView } from '@miteinander/contracts';
import { API } from '../core/api/api-url';

/** What a place picker needs of a town or municipality, or "outside the county" (listed last). */
export type MunicipalityOption = Pick<MunicipalityView, 'id' | 'name' | 'outsideCounty'>;

/** The county's municipalities: configuration data, fetched once per visit (a failed fetch is tried again). */
@Injectable({ providedIn: 'root' })
export class MunicipalitiesApi {
  private readonly http = inject(HttpClient);
  private readonly all$ = this.http.get<MunicipalityView[]>(`${API}/municipalities`).pipe(shareReplay({ bufferSize: 1, refCount: false }));

  list(): Observable<MunicipalityOption[]> {
    return this.all$;
  }
}
