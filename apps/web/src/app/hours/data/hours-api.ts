import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateHourEntryRequest,
  DecideHoursRequest,
  DecideHoursResult,
  HourEntryStatus,
  HourEntryView,
  HourListQuery,
  HourTotals,
  HoursLockView,
  OwnSponsorshipView,
  Page,
  UpdateHourEntryRequest,
} from '@miteinander/contracts';
import { map, type Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';
import { readBlobErrors } from './save-file';

export interface MyHoursQuery {
  page: number;
  pageSize: number;
  status: HourEntryStatus | '';
}

/** The staff list's filters as the pages hold them: '' means "any". */
export type StaffHoursQuery = { [K in keyof HourListQuery]-?: HourListQuery[K] | '' };

export type CertificateLanguage = 'de' | 'en';

/** A sponsorship the volunteer may log hours against. */
export interface SponsorshipOption {
  id: string;
  name: string;
}

/** Hour entries: the volunteer's own and the staff's views of all (see the API plan, issue 4). */
@Injectable({ providedIn: 'root' })
export class HoursApi {
  private readonly http = inject(HttpClient);

  mine(query: MyHoursQuery): Observable<Page<HourEntryView>> {
    return this.http.get<Page<HourEntryView>>(`${API}/hours/mine`, { params: queryParams({ ...query }) });
  }

  myTotals(): Observable<HourTotals> {
    return this.http.get<HourTotals>(`${API}/hours/mine/totals`);
  }

  /** The same key for a repeated submission returns the first entry (200) instead of a second one. */
  create(request: CreateHourEntryRequest, idempotencyKey: string): Observable<HourEntryView> {
    return this.http.post<HourEntryView>(`${API}/hours`, request, { headers: { 'Idempotency-Key': idempotencyKey } });
  }

  update(id: string, changes: UpdateHourEntryRequest): Observable<HourEntryView> {
    return this.http.patch<HourEntryView>(`${API}/hours/${encodeURIComponent(id)}`, changes);
  }

  withdraw(id: string): Observable<HourEntryView> {
    return this.http.post<HourEntryView>(`${API}/hours/${encodeURIComponent(id)}/withdraw`, {});
  }

  /** The volunteer's sponsorships that take hours (from the intro meeting on). */
  mySponsorshipOptions(): Observable<SponsorshipOption[]> {
    return this.http
      .get<OwnSponsorshipView[]>(`${API}/sponsorships/mine`)
      .pipe(map((mine) => mine.filter((s) => s.canLogHours).map((s) => ({ id: s.id, name: s.name }))));
  }

  /** The Ehrenamtsnachweis from the approved hours, all years or one. */
  myCertificate(lang: CertificateLanguage, year: number | null): Observable<HttpResponse<Blob>> {
    return readBlobErrors(
      this.http.get(`${API}/hours/mine/certificate.pdf`, { params: queryParams({ lang, year }), observe: 'response', responseType: 'blob' }),
    );
  }

  list(query: StaffHoursQuery): Observable<Page<HourEntryView>> {
    return this.http.get<Page<HourEntryView>>(`${API}/hours`, { params: queryParams({ ...query }) });
  }

  /** Where the browser downloads the list with these filters (no paging: the export has them all). */
  exportUrl(format: 'csv' | 'xlsx', query: Partial<StaffHoursQuery>): string {
    const params = queryParams({ ...query, page: undefined, pageSize: undefined }).toString();
    return `${API}/hours/export.${format}${params ? `?${params}` : ''}`;
  }

  decide(request: DecideHoursRequest): Observable<DecideHoursResult> {
    return this.http.post<DecideHoursResult>(`${API}/hours/decisions`, request);
  }

  lock(): Observable<HoursLockView> {
    return this.http.get<HoursLockView>(`${API}/hours/lock`);
  }

  setLock(lockedThrough: string | null): Observable<HoursLockView> {
    return this.http.put<HoursLockView>(`${API}/hours/lock`, { lockedThrough });
  }
}
