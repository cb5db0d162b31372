import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { shareReplay, type Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

/** A town or municipality of the county, or "outside the county" (listed last), as GET /municipalities returns it. */
export interface MunicipalityOption {
  id: number;
  name: string;
  outsideCounty: boolean;
}

/** The county's municipalities: configuration data, fetched once per visit (a failed fetch is tried again). */
@Injectable({ providedIn: 'root' })
export class MunicipalitiesApi {
  private readonly http = inject(HttpClient);
  private readonly all$ = this.http.get<MunicipalityOption[]>(`${API}/municipalities`).pipe(shareReplay({ bufferSize: 1, refCount: false }));

  list(): Observable<MunicipalityOption[]> {
    return this.all$;
  }
}
