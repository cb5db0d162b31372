import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddTrainingRequest,
  ChangeVolunteerStatusRequest,
  HourTotals,
  Page,
  PoliceCertificateInput,
  QuickCreateVolunteerRequest,
  SetConsentRequest,
  UpdateVolunteerRequest,
  VolunteerListItem,
  VolunteerListQuery,
  VolunteerView,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { queryParams } from '../core/api/query-params';

/** What a volunteer may change about themselves: no status, notes or organisations. */
export type OwnProfileChanges = Omit<UpdateVolunteerRequest, 'notes' | 'organisationIds'>;

const BASE = `${API}/volunteers`;
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** The volunteers API for coordinators, plus the signed-in volunteer's own profile (`me`). */
@Injectable({ providedIn: 'root' })
export class VolunteersApi {
  private readonly http = inject(HttpClient);

  list(query: VolunteerListQuery): Observable<Page<VolunteerListItem>> {
    return this.http.get<Page<VolunteerListItem>>(BASE, { params: queryParams({ ...query }) });
  }

  quickCreate(request: QuickCreateVolunteerRequest): Observable<VolunteerView> {
    return this.http.post<VolunteerView>(BASE, request);
  }

  get(id: string): Observable<VolunteerView> {
    return this.http.get<VolunteerView>(one(id));
  }

  update(id: string, changes: UpdateVolunteerRequest): Observable<VolunteerView> {
    return this.http.patch<VolunteerView>(one(id), changes);
  }

  changeStatus(id: string, request: ChangeVolunteerStatusRequest): Observable<VolunteerView> {
    return this.http.post<VolunteerView>(`${one(id)}/status`, request);
  }

  recordPoliceCertificate(id: string, input: PoliceCertificateInput): Observable<VolunteerView> {
    return this.http.put<VolunteerView>(`${one(id)}/police-certificate`, input);
  }

  deletePoliceCertificate(id: string): Observable<void> {
    return this.http.delete<void>(`${one(id)}/police-certificate`);
  }

  setConsent(id: string, request: SetConsentRequest): Observable<VolunteerView> {
    return this.http.put<VolunteerView>(`${one(id)}/consents`, request);
  }

  addTraining(id: string, request: AddTrainingRequest): Observable<VolunteerView> {
    return this.http.post<VolunteerView>(`${one(id)}/trainings`, request);
  }

  removeTraining(id: string, trainingId: string): Observable<VolunteerView> {
    return this.http.delete<VolunteerView>(`${one(id)}/trainings/${encodeURIComponent(trainingId)}`);
  }

  hourTotals(id: string): Observable<HourTotals> {
    return this.http.get<HourTotals>(`${one(id)}/hour-totals`);
  }

  /** A plain link: the browser downloads it with the session cookie. */
  certificateUrl(id: string, lang: 'de' | 'en'): string {
    return `${one(id)}/certificate.pdf?lang=${lang}`;
  }

  getMine(): Observable<VolunteerView> {
    return this.http.get<VolunteerView>(`${BASE}/me`);
  }

  updateMine(changes: OwnProfileChanges): Observable<VolunteerView> {
    return this.http.patch<VolunteerView>(`${BASE}/me`, changes);
  }

  setMyConsent(request: SetConsentRequest): Observable<VolunteerView> {
    return this.http.put<VolunteerView>(`${BASE}/me/consents`, request);
  }
}
