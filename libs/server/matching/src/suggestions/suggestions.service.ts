import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type MatchCandidate, type MatchExclusionReason, type MatchSuggestions, type MatchWeights } from '@miteinander/contracts';
import { scoreBound } from '@miteinander/domain-matching';
import type { User } from '@miteinander/server-identity';
import { AppError, AuditEntry, requestContext } from '@miteinander/server-platform';
import { stateLabel } from '@miteinander/server-sponsorships';
import { MatchingConfig } from '../matching-config';
import { requestsById, type MatchRequest } from '../pool/request-facts.sql';
import { boundedCandidatesSql, countsOf, exclusionCountsSql, poolVolunteer, type PoolRow } from '../pool/volunteer-pool.sql';
import { checkedWeights, WeightsService } from '../weights/weights.service';
import { ExclusionsService } from './exclusions.service';
import { TopCandidates } from './rank-candidates';

/** Candidates fetched in the first page (then 4× more each time the best ten are not settled yet). */
const FIRST_PAGE = 1000;

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
    const [candidates, excludedCounts, exclusions] = await Promise.all([this.top(request, saved.weights, limit), this.counts(request), this.exclusions.list(sponsorshipId)]);
    // Reading candidates for a family or child is a read of sensitive data: audited like the record itself.
    await this.dataSource.getRepository(AuditEntry).insert({ actorId: actor.id, action: 'read', entity: 'match_suggestions', entityId: sponsorshipId, diff: null });
    return { sponsorshipId, weightsVersion: saved.version, candidates, excludedCounts, exclusions };
  }

  /** The ranking under unsaved weights; each candidate says where it stands under the saved ones. */
  async preview(sponsorshipId: string, weights: unknown, limit: number): Promise<MatchSuggestions> {
    const trial: MatchWeights = checkedWeights(weights);
    const request = await this.readyRequest(sponsorshipId);
    const saved = await this.weights.current();
    const [ranked, current, excludedCounts, exclusions] = await Promise.all([
      this.top(request, trial, limit),
      this.top(request, saved.weights, limit),
      this.counts(request),
      this.exclusions.list(sponsorshipId),
    ]);
    const currentRanks = new Map(current.map((c, i) => [c.volunteer.id, i + 1]));
    const candidates: MatchCandidate[] = ranked.map((c) => ({ ...c, currentRank: currentRanks.get(c.volunteer.id) ?? null }));
    return { sponsorshipId, weightsVersion: saved.version, candidates, excludedCounts, exclusions };
  }

  private async readyRequest(id: string): Promise<MatchRequest> {
    const [request] = await requestsById(this.dataSource.manager, [id]);
    if (!request) throw new AppError(404, ErrorCode.NotFound);
    if (request.state !== 'ready_to_match') throw new AppError(409, ErrorCode.StateConflict, undefined, stateLabel(request.state, requestContext.current()?.locale));
    return request;
  }

  /**
   * The exact top `limit`: candidates come best score bound first, page by page, and the search stops once the
   * list is full and no candidate not yet seen can reach its lowest score (their bound is below it).
   */
  private async top(request: MatchRequest, weights: MatchWeights, limit: number): Promise<MatchCandidate[]> {
    const municipalities: { id: number; lat: number | null; lon: number | null }[] = await this.dataSource.query(`SELECT id, lat, lon FROM municipalities`);
    const bound = scoreBound(request.facts, weights, municipalities.map((m) => ({ id: m.id, location: m.lat != null && m.lon != null ? { lat: m.lat, lon: m.lon } : null })));
    const filter = { sponsorshipId: request.ref.id, request: request.facts };
    const top = new TopCandidates(request.facts, weights, limit);
    const today = this.config.today();
    for (let offset = 0, size = Math.max(FIRST_PAGE, limit * 100); ; offset += size, size *= 4) {
      const { sql, values } = boundedCandidatesSql(this.config.policeCertificate, today, filter, bound, { limit: size, offset });
      const rows: (PoolRow & { bound: number })[] = await this.dataSource.query(sql, values);
      for (const row of rows) top.add(poolVolunteer(row));
      if (rows.length < size) break;
      const cutoff = top.cutoff;
      if (cutoff !== null && cutoff > Math.round(rows[rows.length - 1]!.bound + 1e-9)) break;
    }
    return top.candidates();
  }

  private async counts(request: MatchRequest): Promise<Partial<Record<MatchExclusionReason, number>>> {
    const { sql, values } = exclusionCountsSql(this.config.policeCertificate, this.config.today(), { sponsorshipId: request.ref.id, request: request.facts });
    return countsOf(await this.dataSource.query(sql, values));
  }
}
