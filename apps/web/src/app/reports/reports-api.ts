import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EvaluationExportView, EvaluationRequest, Report, ReportName } from '@miteinander/contracts';
import type { Observable } from 'rxjs';
import { API } from '../core/api/api-url';

export interface ReportFilter {
  from: string;
  to: string;
  municipalityId: number | null;
}

/** Reports and the evaluation report (libs/shared/contracts/src/reports.ts). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  report(name: ReportName, filter: ReportFilter): Observable<Report> {
    const params: Record<string, string> = { from: filter.from, to: filter.to };
    if (filter.municipalityId !== null) params['municipalityId'] = String(filter.municipalityId);
    return this.http.get<Report>(`${API}/reports/${name}`, { params });
  }

  /** Starts rendering the evaluation PDF + XLSX; poll `evaluation(id)` for progress. */
  startEvaluation(request: EvaluationRequest): Observable<EvaluationExportView> {
    return this.http.post<EvaluationExportView>(`${API}/reports/evaluations`, request);
  }

  evaluation(id: string): Observable<EvaluationExportView> {
    return this.http.get<EvaluationExportView>(`${API}/reports/evaluations/${id}`);
  }
}
