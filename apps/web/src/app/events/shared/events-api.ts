import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddFromCriteriaResult,
  AwardCategoryInput,
  AwardCategoryView,
  CheckInBatch,
  CheckInCounts,
  CheckInRequest,
  CheckInResult,
  DoorListEntry,
  EventInput,
  EventPage,
  EventView,
  InvitationCriteria,
  InvitationPage,
  InvitationPreview,
  InvitationItem,
  ManualInvitee,
  NominationFormView,
  NominationInput,
  NominationRequestsResult,
  NominationView,
  PublicNominationInput,
  RsvpAnswer,
  RsvpView,
  SendInvitationsResult,
  ThankYouResult,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams, type QueryValue } from '../../core/api/query-params';

const BASE = `${API}/events`;
const event = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Every recognition-event route of the API (libs/shared/contracts/src/events.ts): staff, door, and the public RSVP / nomination pages. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  // --- events
  list(query: Record<string, QueryValue>): Observable<EventPage> {
    return this.http.get<EventPage>(BASE, { params: queryParams(query) });
  }

  get(id: string): Observable<EventView> {
    return this.http.get<EventView>(event(id));
  }

  create(input: EventInput): Observable<EventView> {
    return this.http.post<EventView>(BASE, input);
  }

  update(id: string, input: EventInput): Observable<EventView> {
    return this.http.patch<EventView>(event(id), input);
  }

  cancel(id: string, reason: string): Observable<EventView> {
    return this.http.post<EventView>(`${event(id)}/cancel`, { reason });
  }

  // --- invitation list
  invitations(id: string, query: Record<string, QueryValue>): Observable<InvitationPage> {
    return this.http.get<InvitationPage>(`${event(id)}/invitations`, { params: queryParams(query) });
  }

  preview(id: string, criteria: InvitationCriteria): Observable<InvitationPreview> {
    return this.http.post<InvitationPreview>(`${event(id)}/invitations/preview`, { criteria });
  }

  addFromCriteria(id: string, criteria: InvitationCriteria): Observable<AddFromCriteriaResult> {
    return this.http.post<AddFromCriteriaResult>(`${event(id)}/invitations/from-criteria`, { criteria });
  }

  addManual(id: string, invitee: ManualInvitee): Observable<InvitationItem> {
    return this.http.post<InvitationItem>(`${event(id)}/invitations`, invitee);
  }

  remove(id: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${event(id)}/invitations/${encodeURIComponent(invitationId)}`);
  }

  sendInvitations(id: string): Observable<SendInvitationsResult> {
    return this.http.post<SendInvitationsResult>(`${event(id)}/send-invitations`, {});
  }

  resend(id: string, invitationId: string): Observable<SendInvitationsResult> {
    return this.http.post<SendInvitationsResult>(`${event(id)}/invitations/${encodeURIComponent(invitationId)}/resend`, {});
  }

  // --- door
  doorList(id: string): Observable<DoorListEntry[]> {
    return this.http.get<DoorListEntry[]>(`${event(id)}/door-list`);
  }

  checkIn(id: string, request: CheckInRequest): Observable<CheckInResult> {
    return this.http.post<CheckInResult>(`${event(id)}/check-ins`, request);
  }

  checkInBatch(id: string, batch: CheckInBatch): Observable<{ results: CheckInResult[] }> {
    return this.http.post<{ results: CheckInResult[] }>(`${event(id)}/check-ins/batch`, batch);
  }

  counts(id: string): Observable<CheckInCounts> {
    return this.http.get<CheckInCounts>(`${event(id)}/check-in/counts`);
  }

  // --- awards
  categories(id: string): Observable<AwardCategoryView[]> {
    return this.http.get<AwardCategoryView[]>(`${event(id)}/award-categories`);
  }

  addCategory(id: string, input: AwardCategoryInput): Observable<AwardCategoryView> {
    return this.http.post<AwardCategoryView>(`${event(id)}/award-categories`, input);
  }

  updateCategory(categoryId: string, input: AwardCategoryInput): Observable<AwardCategoryView> {
    return this.http.patch<AwardCategoryView>(`${BASE}/award-categories/${encodeURIComponent(categoryId)}`, input);
  }

  deleteCategory(categoryId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/award-categories/${encodeURIComponent(categoryId)}`);
  }

  nominate(id: string, input: NominationInput): Observable<NominationView> {
    return this.http.post<NominationView>(`${event(id)}/nominations`, input);
  }

  setWinner(nominationId: string, winner: boolean): Observable<NominationView> {
    return this.http.post<NominationView>(`${BASE}/nominations/${encodeURIComponent(nominationId)}/winner`, { winner });
  }

  deleteNomination(nominationId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/nominations/${encodeURIComponent(nominationId)}`);
  }

  requestNominations(id: string, organisationIds?: string[]): Observable<NominationRequestsResult> {
    return this.http.post<NominationRequestsResult>(`${event(id)}/nomination-requests`, organisationIds ? { organisationIds } : {});
  }

  // --- afterwards
  attendance(id: string, query: Record<string, QueryValue>): Observable<InvitationPage> {
    return this.http.get<InvitationPage>(`${event(id)}/attendance`, { params: queryParams(query) });
  }

  /** Where the browser downloads the attendance list. */
  attendanceXlsxUrl(id: string): string {
    return `${event(id)}/attendance.xlsx`;
  }

  /** Urkunden as one PDF: winners, or everyone who came. */
  certificatesUrl(id: string, who: 'winners' | 'attendees'): string {
    return `${event(id)}/certificates.pdf?who=${who}`;
  }

  thankYou(id: string): Observable<ThankYouResult> {
    return this.http.post<ThankYouResult>(`${event(id)}/thank-you`, {});
  }

  // --- public pages (no sign-in)
  rsvp(token: string): Observable<RsvpView> {
    return this.http.get<RsvpView>(`${API}/public/rsvp`, { params: queryParams({ token }) });
  }

  answer(answer: RsvpAnswer): Observable<RsvpView> {
    return this.http.post<RsvpView>(`${API}/public/rsvp`, answer);
  }

  nominationForm(token: string): Observable<NominationFormView> {
    return this.http.get<NominationFormView>(`${API}/public/nominate`, { params: queryParams({ token }) });
  }

  publicNominate(input: PublicNominationInput): Observable<NominationView> {
    return this.http.post<NominationView>(`${API}/public/nominate`, input);
  }
}
