import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ErasureResult,
  OwnErasureRequestInput,
  Page,
  PrivacyRequestCloseInput,
  PrivacyRequestInput,
  PrivacyRequestStatus,
  PrivacyRequestView,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { queryParams } from '../core/api/query-params';

const BASE = `${API}/privacy`;
const request = (id: string) => `${BASE}/requests/${encodeURIComponent(id)}`;

export type ExportFormat = 'json' | 'pdf';

/** The data-protection routes of the API (libs/shared/contracts/src/privacy.ts): staff requests and the person's own data. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  // --- coordinators
  list(query: { status?: PrivacyRequestStatus; page: number; pageSize: number }): Observable<Page<PrivacyRequestView>> {
    return this.http.get<Page<PrivacyRequestView>>(`${BASE}/requests`, { params: queryParams(query) });
  }

  create(input: PrivacyRequestInput): Observable<PrivacyRequestView> {
    return this.http.post<PrivacyRequestView>(`${BASE}/requests`, input);
  }

  erase(id: string, confirmName: string): Observable<ErasureResult> {
    return this.http.post<ErasureResult>(`${request(id)}/erase`, { confirmName });
  }

  /** Answered, or refused with `rejected` (e.g. the identity could not be confirmed). */
  close(id: string, input: PrivacyRequestCloseInput): Observable<PrivacyRequestView> {
    return this.http.post<PrivacyRequestView>(`${request(id)}/close`, input);
  }

  /** Where the browser downloads the subject's data (the session cookie goes along). */
  exportUrl(id: string, format: ExportFormat): string {
    return `${request(id)}/export.${format}`;
  }

  // --- the person themselves
  myExportUrl(format: ExportFormat): string {
    return `${BASE}/me/export.${format}`;
  }

  requestMyErasure(input: OwnErasureRequestInput): Observable<PrivacyRequestView> {
    return this.http.post<PrivacyRequestView>(`${BASE}/me/erasure-request`, input);
  }
}
