import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditAction, AuditEntryView, Page } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';

export interface AuditQuery {
  page: number;
  pageSize: number;
  entity: string;
  action: AuditAction | '';
  actorId: string;
  /** ISO timestamps: from inclusive, to exclusive. */
  from: string;
  to: string;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(`${API}/audit`, { params: queryParams({ ...query }) });
  }
}
