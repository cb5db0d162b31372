import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailDetail, MailStatus, MailSummary, Page } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';

export interface MailQuery {
  page: number;
  pageSize: number;
  q: string;
  status: MailStatus | '';
}

@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  list(query: MailQuery): Observable<Page<MailSummary>> {
    return this.http.get<Page<MailSummary>>(`${API}/mail`, { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<MailDetail> {
    return this.http.get<MailDetail>(`${API}/mail/${encodeURIComponent(id)}`);
  }
}
