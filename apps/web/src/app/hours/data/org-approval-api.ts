import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DecideHoursRequest, DecideHoursResult, OrganisationApprovalView } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

/**
 * Behind the emailed link, without an account: the token stands for one organisation's contact.
 * A wrong or expired token is answered with 400 TOKEN_INVALID.
 */
@Injectable({ providedIn: 'root' })
export class OrgApprovalApi {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<OrganisationApprovalView> {
    return this.http.get<OrganisationApprovalView>(`${API}/public/hour-approvals`, { params: { token } });
  }

  decide(token: string, request: DecideHoursRequest): Observable<DecideHoursResult> {
    return this.http.post<DecideHoursResult>(`${API}/public/hour-approvals/decisions`, request, { params: { token } });
  }
}
