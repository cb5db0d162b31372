import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CoordinatorToday } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../../core/api/api-url';

/** The coordinator's start page (libs/shared/contracts/src/dashboard.ts). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** Every work queue with its count and its most urgent items (coordinator, admin). */
  today(): Observable<CoordinatorToday> {
    return this.http.get<CoordinatorToday>(`${API}/dashboard/today`);
  }
}
