import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CardEligibilityView,
  CardVerification,
  CreateCardApplicationRequest,
  PublicCardApplicationStatus,
  PublicCardConfirmationRequest,
  PublicCardConfirmationView,
} from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { readBlobErrors } from '../hours/data/save-file';

/**
 * The honorary card for the volunteer (signed in) and behind the emailed links (no account: the token
 * stands for one confirmation or one application; a wrong or expired token is answered with 400 TOKEN_INVALID).
 */
@Injectable({ providedIn: 'root' })
export class CardsPublicApi {
  private readonly http = inject(HttpClient);

  /** The volunteer's eligibility, open application and card. */
  mine(): Observable<CardEligibilityView> {
    return this.http.get<CardEligibilityView>(`${API}/me/card`);
  }

  /** Applies (only when eligible); answers with the refreshed view. */
  apply(request: CreateCardApplicationRequest): Observable<CardEligibilityView> {
    return this.http.post<CardEligibilityView>(`${API}/me/card/applications`, request);
  }

  withdrawMine(applicationId: string): Observable<CardEligibilityView> {
    return this.http.post<CardEligibilityView>(`${API}/me/card/applications/${encodeURIComponent(applicationId)}/withdraw`, {});
  }

  /** The valid card as a PDF. */
  myCardPdf(): Observable<HttpResponse<Blob>> {
    return readBlobErrors(this.http.get(`${API}/me/card/pdf`, { observe: 'response', responseType: 'blob' }));
  }

  confirmation(token: string): Observable<PublicCardConfirmationView> {
    return this.http.get<PublicCardConfirmationView>(`${API}/public/card-confirmations`, { params: { token } });
  }

  /** 409 when already decided. */
  decideConfirmation(token: string, request: PublicCardConfirmationRequest): Observable<PublicCardConfirmationView> {
    return this.http.post<PublicCardConfirmationView>(`${API}/public/card-confirmations`, request, { params: { token } });
  }

  applicationStatus(token: string): Observable<PublicCardApplicationStatus> {
    return this.http.get<PublicCardApplicationStatus>(`${API}/public/card-applications/status`, { params: { token } });
  }

  withdrawByToken(token: string): Observable<PublicCardApplicationStatus> {
    return this.http.post<PublicCardApplicationStatus>(`${API}/public/card-applications/withdraw`, {}, { params: { token } });
  }

  /** Unknown (or forged) codes answer state `unknown`. */
  verify(code: string): Observable<CardVerification> {
    return this.http.get<CardVerification>(`${API}/public/cards/verify`, { params: { code } });
  }
}
