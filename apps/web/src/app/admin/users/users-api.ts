import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Locale, Page, Role, UserSortField, UserView } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';
import { queryParams } from '../../core/api/query-params';

export interface UserQuery {
  page: number;
  pageSize: number;
  sort: UserSortField;
  direction: 'asc' | 'desc';
  q: string;
  role: Role | '';
  /** '' = any, else 'true' / 'false' as the API reads it. */
  active: '' | 'true' | 'false';
}

export interface Invitation {
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
}

export interface UserChanges {
  roles?: Role[];
  active?: boolean;
}

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<UserView>> {
    return this.http.get<Page<UserView>>(`${API}/users`, { params: queryParams({ ...query }) });
  }

  invite(invitation: Invitation): Observable<UserView> {
    return this.http.post<UserView>(`${API}/users`, invitation);
  }

  update(id: string, changes: UserChanges): Observable<UserView> {
    return this.http.patch<UserView>(`${API}/users/${encodeURIComponent(id)}`, changes);
  }
}
