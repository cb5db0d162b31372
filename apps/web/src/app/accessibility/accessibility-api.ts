import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AccessibilityFeedbackReceipt, AccessibilityFeedbackRequest } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';

/** The accessibility statement's feedback form: open to anyone, no account needed. */
@Injectable({ providedIn: 'root' })
export class AccessibilityApi {
  private readonly http = inject(HttpClient);

  sendFeedback(feedback: AccessibilityFeedbackRequest): Observable<AccessibilityFeedbackReceipt> {
    return this.http.post<AccessibilityFeedbackReceipt>(`${API}/accessibility/feedback`, feedback);
  }
}
