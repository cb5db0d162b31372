import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Locale, SelfRegistrationRole } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
  role: SelfRegistrationRole;
  locale: Locale;
}

/** The public account flows: registration, email confirmation and password reset. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(registration: Registration): Observable<unknown> {
    return this.http.post(`${API}/auth/register`, registration);
  }

  verifyEmail(token: string): Observable<void> {
    return this.http.post<void>(`${API}/auth/verify-email`, { token });
  }

  requestPasswordReset(email: string): Observable<unknown> {
    return this.http.post(`${API}/auth/password-reset/request`, { email });
  }

  confirmPasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>(`${API}/auth/password-reset/confirm`, { token, password });
  }
}
