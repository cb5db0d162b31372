import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  FundedProject,
  GrantApplicationData,
  GrantApplicationListItem,
  GrantApplicationView,
  GrantAttachmentView,
  GrantCallInput,
  GrantCallStatusRequest,
  GrantCallView,
  GrantDecisionRequest,
  GrantPaymentView,
  GrantPrecheckRequest,
  GrantRanking,
  GrantReportCheckRequest,
  GrantReportInput,
  GrantReviewListItem,
  GrantReviewView,
  GrantScoreInput,
  GrantScoreSheet,
  GrantVersionDiff,
  GrantVersionView,
  OpenGrantCall,
  Page,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams, type QueryValue } from '../../core/api/query-params';

const BASE = `${API}/grants`;
const call = (id: string) => `${BASE}/calls/${encodeURIComponent(id)}`;
const application = (id: string) => `${BASE}/applications/${encodeURIComponent(id)}`;
const review = (id: string) => `${BASE}/reviews/${encodeURIComponent(id)}`;

export type GrantExportKind = 'applications' | 'decisions' | 'payments';

/** Every micro-project route of the API (libs/shared/contracts/src/grants.ts), for applicants, reviewers and coordinators. */
@Injectable({ providedIn: 'root' })
export class GrantsApi {
  private readonly http = inject(HttpClient);

  // --- calls
  openCalls(): Observable<OpenGrantCall[]> {
    return this.http.get<OpenGrantCall[]>(`${BASE}/calls/open`);
  }

  calls(): Observable<GrantCallView[]> {
    return this.http.get<GrantCallView[]>(`${BASE}/calls`);
  }

  call(id: string): Observable<GrantCallView> {
    return this.http.get<GrantCallView>(call(id));
  }

  createCall(input: GrantCallInput): Observable<GrantCallView> {
    return this.http.post<GrantCallView>(`${BASE}/calls`, input);
  }

  updateCall(id: string, input: GrantCallInput): Observable<GrantCallView> {
    return this.http.patch<GrantCallView>(call(id), input);
  }

  setCallStatus(id: string, request: GrantCallStatusRequest): Observable<GrantCallView> {
    return this.http.post<GrantCallView>(`${call(id)}/status`, request);
  }

  ranking(callId: string): Observable<GrantRanking> {
    return this.http.get<GrantRanking>(`${call(callId)}/ranking`);
  }

  /** Where the browser downloads an XLSX export of a call. */
  exportUrl(callId: string, kind: GrantExportKind): string {
    return `${call(callId)}/export/${kind}`;
  }

  summaryUrl(callId: string): string {
    return `${call(callId)}/summary`;
  }

  // --- applications
  applications(query: Record<string, QueryValue>): Observable<Page<GrantApplicationListItem>> {
    return this.http.get<Page<GrantApplicationListItem>>(`${BASE}/applications`, { params: queryParams(query) });
  }

  myApplications(): Observable<GrantApplicationListItem[]> {
    return this.http.get<GrantApplicationListItem[]>(`${BASE}/my-applications`);
  }

  createDraft(callId: string): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${BASE}/applications`, { callId });
  }

  application(id: string): Observable<GrantApplicationView> {
    return this.http.get<GrantApplicationView>(application(id));
  }

  saveDraft(id: string, data: GrantApplicationData): Observable<GrantApplicationView> {
    return this.http.patch<GrantApplicationView>(application(id), { data });
  }

  submit(id: string): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/submit`, {});
  }

  withdraw(id: string): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/withdraw`, {});
  }

  /** Upload with progress events (reportProgress), so the page can show how far it is. */
  uploadAttachment(id: string, file: File): Observable<HttpEvent<GrantAttachmentView>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<GrantAttachmentView>(`${application(id)}/attachments`, body, { reportProgress: true, observe: 'events' });
  }

  attachmentUrl(id: string, attachmentId: string): string {
    return `${application(id)}/attachments/${encodeURIComponent(attachmentId)}`;
  }

  deleteAttachment(id: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(this.attachmentUrl(id, attachmentId));
  }

  versions(id: string): Observable<GrantVersionView[]> {
    return this.http.get<GrantVersionView[]>(`${application(id)}/versions`);
  }

  versionDiff(id: string, from: number, to: number): Observable<GrantVersionDiff> {
    return this.http.get<GrantVersionDiff>(`${application(id)}/versions/diff`, { params: queryParams({ from, to }) });
  }

  precheck(id: string, request: GrantPrecheckRequest): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/precheck`, request);
  }

  decide(id: string, request: GrantDecisionRequest): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/decision`, request);
  }

  decisionLetterUrl(id: string): string {
    return `${application(id)}/decision-letter`;
  }

  scores(id: string): Observable<GrantScoreSheet> {
    return this.http.get<GrantScoreSheet>(`${application(id)}/scores`);
  }

  // --- payments and final report
  requestPayment(id: string, amountCents: number): Observable<GrantPaymentView> {
    return this.http.post<GrantPaymentView>(`${application(id)}/payments`, { amountCents });
  }

  markPaid(id: string, paymentId: string, paidOn: string): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/payments/${encodeURIComponent(paymentId)}/paid`, { paidOn });
  }

  saveReport(id: string, report: GrantReportInput): Observable<GrantApplicationView> {
    return this.http.put<GrantApplicationView>(`${application(id)}/report`, report);
  }

  submitReport(id: string): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/report/submit`, {});
  }

  checkReport(id: string, request: GrantReportCheckRequest): Observable<GrantApplicationView> {
    return this.http.post<GrantApplicationView>(`${application(id)}/report/check`, request);
  }

  // --- review
  reviews(): Observable<GrantReviewListItem[]> {
    return this.http.get<GrantReviewListItem[]>(`${BASE}/reviews`);
  }

  review(applicationId: string): Observable<GrantReviewView> {
    return this.http.get<GrantReviewView>(review(applicationId));
  }

  declareConflict(applicationId: string, reason: string): Observable<void> {
    return this.http.post<void>(`${review(applicationId)}/conflict`, { reason });
  }

  saveScores(applicationId: string, scores: GrantScoreInput[]): Observable<GrantReviewView> {
    return this.http.put<GrantReviewView>(`${review(applicationId)}/scores`, { scores });
  }

  // --- public
  fundedProjects(year?: number): Observable<FundedProject[]> {
    return this.http.get<FundedProject[]>(`${API}/public/grants/projects`, { params: queryParams({ year }) });
  }
}
