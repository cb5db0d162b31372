import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailPreferencesView, UpdateMailPreferences } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';

export type PreferenceChoices = UpdateMailPreferences['preferences'];

/**
 * Reminder preferences, two ways in: with the token from an email's footer (no sign-in; a wrong
 * or expired token is answered with 400 TOKEN_INVALID) or for the signed-in person.
 */
@Injectable({ providedIn: 'root' })
export class MailPreferencesApi {
  private readonly http = inject(HttpClient);

  getWithToken(token: string): Observable<MailPreferencesView> {
    return this.http.get<MailPreferencesView>(`${API}/mail-preferences`, { params: { token } });
  }

  saveWithToken(token: string, preferences: PreferenceChoices): Observable<MailPreferencesView> {
    return this.http.put<MailPreferencesView>(`${API}/mail-preferences`, { token, preferences });
  }

  /** Every reminder off at once. */
  unsubscribeWithToken(token: string): Observable<MailPreferencesView> {
    return this.http.post<MailPreferencesView>(`${API}/mail-preferences/unsubscribe`, { token });
  }

  getMine(): Observable<MailPreferencesView> {
    return this.http.get<MailPreferencesView>(`${API}/users/me/mail-preferences`);
  }

  saveMine(preferences: PreferenceChoices): Observable<MailPreferencesView> {
    return this.http.put<MailPreferencesView>(`${API}/users/me/mail-preferences`, { preferences } satisfies UpdateMailPreferences);
  }
}
