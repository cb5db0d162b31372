import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailDetail, MailStatus, MailSummary, MailTemplateName, Page } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';

export interface MailQuery {
  page: number;
  pageSize: number;
  q: string;
  status: MailStatus | '';
  template: MailTemplateName | '';
}

/** Statuses whose mail may be sent again (the server says NOT_RESENDABLE for the others). */
export const RESENDABLE_STATUSES: readonly MailStatus[] = ['failed', 'suppressed'];

@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  list(query: MailQuery): Observable<Page<MailSummary>> {
    return this.http.get<Page<MailSummary>>(`${API}/mail`, { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<MailDetail> {
    return this.http.get<MailDetail>(`${API}/mail/${encodeURIComponent(id)}`);
  }

  /** Downloads one attachment as it was sent (the browser sends the session cookie with the link). */
  attachmentUrl(id: string, index: number): string {
    return `${API}/mail/${encodeURIComponent(id)}/attachments/${index}`;
  }

  /** Creates a new message with the same content; answers with the new one. */
  resend(id: string): Observable<MailSummary> {
    return this.http.post<MailSummary>(`${API}/mail/${encodeURIComponent(id)}/resend`, {});
  }
}
