import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { Locale, Role, SessionView, UserView } from '@miteinander/contracts';
import { firstValueFrom, map, tap, type Observable } from 'rxjs';
import { API } from '../api/api-url';

export interface ProfileChanges {
  displayName?: string;
  locale?: Locale;
}

/** Who is signed in. The session itself is an HttpOnly cookie; this only mirrors the user. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<UserView | null>(null);

  readonly user = this.state.asReadonly();
  readonly signedIn = computed(() => this.state() !== null);
  readonly roles = computed<readonly Role[]>(() => this.state()?.roles ?? []);
  readonly hasAnyRole = computed(() => this.roles().length > 0);

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  /** On start: is there a session already? A failure counts as signed out. */
  async restore(): Promise<UserView | null> {
    try {
      const session = await firstValueFrom(this.http.get<SessionView>(`${API}/auth/session`));
      this.state.set(session.user);
    } catch {
      this.state.set(null);
    }
    return this.state();
  }

  login(email: string, password: string): Observable<UserView | null> {
    return this.http.post<SessionView>(`${API}/auth/login`, { email, password }).pipe(
      map((session) => session.user),
      tap((user) => this.state.set(user)),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API}/auth/logout`, {}).pipe(tap(() => this.state.set(null)));
  }

  updateProfile(changes: ProfileChanges): Observable<UserView> {
    return this.http.patch<UserView>(`${API}/users/me`, changes).pipe(tap((user) => this.state.set(user)));
  }

  /** The server said the session is gone (401): forget the user. */
  forget(): void {
    this.state.set(null);
  }
}
