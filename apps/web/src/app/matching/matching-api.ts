import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptMatchRoundResult,
  CreateMatchExclusionRequest,
  MatchExclusionView,
  MatchRoundRequest,
  MatchRoundView,
  MatchSuggestions,
  MatchWeights,
  MatchWeightsView,
  Page,
  SponsorshipKind,
  SponsorshipListItem,
  SponsorshipView,
} from '@miteinander/contracts';
import { map, type Observable } from 'rxjs';
import { API } from '../core/api/api-url';
import { queryParams } from '../core/api/query-params';

const BASE = `${API}/matching`;
const request = (id: string) => `${BASE}/requests/${encodeURIComponent(id)}`;
const round = (id: string) => `${BASE}/rounds/${encodeURIComponent(id)}`;

/** Matching: suggestions per request, the coordinators' weights, exclusions and matching rounds. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  suggestions(sponsorshipId: string, limit = 10): Observable<MatchSuggestions> {
    return this.http.get<MatchSuggestions>(`${request(sponsorshipId)}/suggestions`, { params: queryParams({ limit }) });
  }

  /** The list as it would be under unsaved weights; each candidate carries its rank under the saved ones. */
  preview(sponsorshipId: string, weights: MatchWeights): Observable<MatchSuggestions> {
    return this.http.post<MatchSuggestions>(`${request(sponsorshipId)}/suggestions/preview`, { weights });
  }

  weights(): Observable<MatchWeightsView> {
    return this.http.get<MatchWeightsView>(`${BASE}/weights`);
  }

  saveWeights(weights: MatchWeights): Observable<MatchWeightsView> {
    return this.http.put<MatchWeightsView>(`${BASE}/weights`, { weights });
  }

  /** Newest first. */
  weightsHistory(): Observable<MatchWeightsView[]> {
    return this.http.get<MatchWeightsView[]>(`${BASE}/weights/history`);
  }

  exclude(sponsorshipId: string, body: CreateMatchExclusionRequest): Observable<MatchExclusionView> {
    return this.http.post<MatchExclusionView>(`${request(sponsorshipId)}/exclusions`, body);
  }

  removeExclusion(exclusionId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/exclusions/${encodeURIComponent(exclusionId)}`);
  }

  runRound(body: MatchRoundRequest): Observable<MatchRoundView> {
    return this.http.post<MatchRoundView>(`${BASE}/rounds`, body);
  }

  round(id: string): Observable<MatchRoundView> {
    return this.http.get<MatchRoundView>(round(id));
  }

  accept(id: string, sponsorshipIds: string[]): Observable<AcceptMatchRoundResult> {
    return this.http.post<AcceptMatchRoundResult>(`${round(id)}/accept`, { sponsorshipIds });
  }

  /** The sponsorship a suggestion list is for (its name and kind for the heading). */
  sponsorship(id: string): Observable<SponsorshipView> {
    return this.http.get<SponsorshipView>(`${API}/sponsorships/${encodeURIComponent(id)}`);
  }

  /** Proposes a volunteer: the same lifecycle move as on the sponsorship page. */
  propose(sponsorshipId: string, volunteerId: string): Observable<SponsorshipView> {
    return this.http.post<SponsorshipView>(`${API}/sponsorships/${encodeURIComponent(sponsorshipId)}/transitions`, { to: 'match_proposed', volunteerId });
  }

  /** Requests waiting for a match, the longest waiting first (one page of up to 100). */
  readyToMatch(kind?: SponsorshipKind | ''): Observable<SponsorshipListItem[]> {
    return this.http
      .get<Page<SponsorshipListItem>>(`${API}/sponsorships`, {
        params: queryParams({ state: 'ready_to_match', kind, pageSize: 100, sort: 'requestedAt', direction: 'asc' }),
      })
      .pipe(map((page) => page.items));
  }
}
