import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CardApplicationListItem,
  CardApplicationListQuery,
  CardApplicationView,
  CardDecisionRequest,
  CardEligibilityView,
  CardReport,
  CardReportQuery,
  CardRuleSetView,
  CardSummary,
  CreateCardApplicationRequest,
  CreateCardRuleVersionRequest,
  Page,
  RecordConfirmationRequest,
  RevokeCardRequest,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';
import { readBlobErrors } from '../../hours/data/save-file';

const BASE = `${API}/cards`;
const application = (id: string) => `${BASE}/applications/${encodeURIComponent(id)}`;

/** The honorary card for coordinators and admins: eligibility report, applications and their decisions, cards, rule sets. */
@Injectable({ providedIn: 'root' })
export class CardsStaffApi {
  private readonly http = inject(HttpClient);

  eligibilityReport(query: CardReportQuery): Observable<CardReport> {
    return this.http.get<CardReport>(`${BASE}/eligibility`, { params: queryParams({ ...query }) });
  }

  /** Where the browser downloads the report with these filters (no paging: the export has them all). */
  eligibilityExportUrl(format: 'csv' | 'xlsx', query: CardReportQuery): string {
    return `${BASE}/eligibility/export?${queryParams({ ...query, page: undefined, pageSize: undefined, format }).toString()}`;
  }

  eligibility(volunteerId: string): Observable<CardEligibilityView> {
    return this.http.get<CardEligibilityView>(`${BASE}/eligibility/${encodeURIComponent(volunteerId)}`);
  }

  applications(query: CardApplicationListQuery): Observable<Page<CardApplicationListItem>> {
    return this.http.get<Page<CardApplicationListItem>>(`${BASE}/applications`, { params: queryParams({ ...query }) });
  }

  /** On a volunteer's behalf; allowed when not eligible (the application is then flagged). */
  createApplication(request: CreateCardApplicationRequest & { volunteerId: string }): Observable<CardApplicationView> {
    return this.http.post<CardApplicationView>(`${BASE}/applications`, request);
  }

  application(id: string): Observable<CardApplicationView> {
    return this.http.get<CardApplicationView>(application(id));
  }

  decide(id: string, request: CardDecisionRequest): Observable<CardApplicationView> {
    return this.http.post<CardApplicationView>(`${application(id)}/decision`, request);
  }

  /** For an application waiting for quota: 409 when the quota is used up or an earlier one waits first. */
  issue(id: string): Observable<CardApplicationView> {
    return this.http.post<CardApplicationView>(`${application(id)}/issue`, {});
  }

  /** An organisation's confirmation, taken by phone. */
  recordConfirmation(id: string, confirmationId: string, request: RecordConfirmationRequest): Observable<CardApplicationView> {
    return this.http.post<CardApplicationView>(`${application(id)}/confirmations/${encodeURIComponent(confirmationId)}`, request);
  }

  withdraw(id: string): Observable<CardApplicationView> {
    return this.http.post<CardApplicationView>(`${application(id)}/withdraw`, {});
  }

  revoke(cardId: string, request: RevokeCardRequest): Observable<CardSummary> {
    return this.http.post<CardSummary>(`${BASE}/${encodeURIComponent(cardId)}/revoke`, request);
  }

  cardPdf(cardId: string): Observable<HttpResponse<Blob>> {
    return readBlobErrors(this.http.get(`${BASE}/${encodeURIComponent(cardId)}/pdf`, { observe: 'response', responseType: 'blob' }));
  }

  /** The version in force of each rule set. */
  ruleSets(): Observable<CardRuleSetView[]> {
    return this.http.get<CardRuleSetView[]>(`${BASE}/rule-sets`);
  }

  /** Newest first. */
  ruleSetVersions(code: string): Observable<CardRuleSetView[]> {
    return this.http.get<CardRuleSetView[]>(`${BASE}/rule-sets/${encodeURIComponent(code)}/versions`);
  }

  /** Admins only. */
  createRuleSetVersion(code: string, request: CreateCardRuleVersionRequest): Observable<CardRuleSetView> {
    return this.http.post<CardRuleSetView>(`${BASE}/rule-sets/${encodeURIComponent(code)}/versions`, request);
  }
}
