import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type MatchCandidate, type MatchExclusionReason, type MatchSuggestions, type MatchWeights } from '@miteinander/contracts';
import { scoreBound } from '@miteinander/domain-matching';
import type { User } from '@miteinander/server-identity';
import { AppError, AuditEntry, requestContext } from '@miteinander/server-platform';
import { stateLabel } from '@miteinander/server-sponsorships';
import { MatchingConfig } from '../matching-config';
import { requestsById, type MatchRequest } from '../pool/request-facts.sql';
import { poolExclusionCountsSql, suggestionPageSql } from '../pool/suggestion-page.sql';
import { countsOf, poolVolunteer, type PoolRow } from '../pool/volunteer-pool.sql';
import { checkedWeights, WeightsService } from '../weights/weights.service';
import { ExclusionsService } from './exclusions.service';
import { TopCandidates } from './rank-candidates';

/** Candidates fetched in the first page (then 4× more each time the best ten are not settled yet). */
const FIRST_PAGE = 200;

/** The top candidates for one request ready to match, each with its score explained factor by factor. */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MatchingConfig,
    private readonly weights: WeightsService,
    private readonly exclusions: ExclusionsService,
  ) {}

  async suggest(actor: User, sponsorshipId: string, limit: number): Promise<MatchSuggestions> {
    const request = await this.readyRequest(sponsorshipId);
    const saved = await this.weights.current();
    const [{ candidates, excludedCounts }, exclusions] = await Promise.all([this.top(request, saved.weights, limit), this.exclusions.list(sponsorshipId)]);
    // Reading candidates for a family or child is a read of sensitive data: audited like the record itself.
    await this.dataSource.getRepository(AuditEntry).insert({ actorId: actor.id, action: 'read', entity: 'match_suggestions', entityId: sponsorshipId, diff: null, purpose: 'matching' });
    return { sponsorshipId, weightsVersion: saved.version, candidates, excludedCounts, exclusions };
  }

  /** The ranking under unsaved weights; each candidate says where it stands under the saved ones. */
  async preview(sponsorshipId: string, weights: unknown, limit: number): Promise<MatchSuggestions> {
    const trial: MatchWeights = checkedWeights(weights);
    const request = await this.readyRequest(sponsorshipId);
    const saved = await this.weights.current();
    const [ranked, current, exclusions] = await Promise.all([this.top(request, trial, limit), this.top(request, saved.weights, limit), this.exclusions.list(sponsorshipId)]);
    const currentRanks = new Map(current.candidates.map((c, i) => [c.volunteer.id, i + 1]));
    const candidates: MatchCandidate[] = ranked.candidates.map((c) => ({ ...c, currentRank: currentRanks.get(c.volunteer.id) ?? null }));
    const excludedCounts = ranked.excludedCounts;
    return { sponsorshipId, weightsVersion: saved.version, candidates, excludedCounts, exclusions };
  }

  private async readyRequest(id: string): Promise<MatchRequest> {
    const [request] = await requestsById(this.dataSource.manager, [id]);
    if (!request) throw new AppError(404, ErrorCode.NotFound);
    if (request.state !== 'ready_to_match') throw new AppError(409, ErrorCode.StateConflict, undefined, stateLabel(request.state, requestContext.current()?.locale));
    return request;
  }

  /**
   * The exact top `limit` and the exclusion counts: candidates come best score bound first, page by page, and the
   * search stops once the list is full and no candidate not yet seen can reach its lowest score.
   */
  private async top(request: MatchRequest, weights: MatchWeights, limit: number): Promise<Pick<MatchSuggestions, 'candidates' | 'excludedCounts'>> {
    const municipalities: { id: number; lat: number | null; lon: number | null }[] = await this.dataSource.query(`SELECT id, lat, lon FROM municipalities`);
    const bound = scoreBound(request.facts, weights, municipalities.map((m) => ({ id: m.id, location: m.lat != null && m.lon != null ? { lat: m.lat, lon: m.lon } : null })));
    const filter = { sponsorshipId: request.ref.id, request: request.facts };
    const top = new TopCandidates(request.facts, weights, limit);
    const today = this.config.today();
    const pages = async () => {
      for (let offset = 0, size = Math.max(FIRST_PAGE, limit * 20); ; offset += size, size *= 4) {
        const { sql, values } = suggestionPageSql(this.config.policeCertificate, today, filter, bound, { limit: size, offset });
        const rows: (PoolRow & { bound: number })[] = await this.dataSource.query(sql, values);
        for (const row of rows) top.add(poolVolunteer(row));
        if (rows.length < size) return;
        const cutoff = top.cutoff;
        if (cutoff !== null && cutoff > Math.round(rows[rows.length - 1]!.bound + 1e-9)) return;
      }
    };
    // The counts run alongside the pages, on a connection of their own.
    const { sql, values } = poolExclusionCountsSql(this.config.policeCertificate, today, filter);
    const [counts] = await Promise.all([this.dataSource.query(sql, values) as Promise<{ reason: MatchExclusionReason; n: number }[]>, pages()]);
    const excludedCounts = countsOf(counts);
    return { candidates: top.candidates(), excludedCounts };
  }
}
