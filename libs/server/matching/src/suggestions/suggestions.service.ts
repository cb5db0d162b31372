import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type MatchCandidate, type MatchExclusionReason, type MatchSuggestions, type MatchWeights } from '@miteinander/contracts';
import type { User } from '@miteinander/server-identity';
import { AppError, AuditEntry, requestContext } from '@miteinander/server-platform';
import { stateLabel } from '@miteinander/server-sponsorships';
import { MatchingConfig } from '../matching-config';
import { requestsById, type MatchRequest } from '../pool/request-facts.sql';
import { countsOf, exclusionCountsSql, feasibleVolunteersSql, poolVolunteer, type PoolRow } from '../pool/volunteer-pool.sql';
import { checkedWeights, WeightsService } from '../weights/weights.service';
import { ExclusionsService } from './exclusions.service';
import { rankCandidates } from './rank-candidates';

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
    const [pool, excludedCounts, exclusions] = await Promise.all([this.pool(request), this.counts(request), this.exclusions.list(sponsorshipId)]);
    // Reading candidates for a family or child is a read of sensitive data: audited like the record itself.
    await this.dataSource.getRepository(AuditEntry).insert({ actorId: actor.id, action: 'read', entity: 'match_suggestions', entityId: sponsorshipId, diff: null });
    return { sponsorshipId, weightsVersion: saved.version, candidates: rankCandidates(request.facts, pool, saved.weights, limit), excludedCounts, exclusions };
  }

  /** The ranking under unsaved weights; each candidate says where it stands under the saved ones. */
  async preview(sponsorshipId: string, weights: unknown, limit: number): Promise<MatchSuggestions> {
    const trial = checkedWeights(weights);
    const request = await this.readyRequest(sponsorshipId);
    const saved = await this.weights.current();
    const [pool, excludedCounts, exclusions] = await Promise.all([this.pool(request), this.counts(request), this.exclusions.list(sponsorshipId)]);
    const currentRanks = new Map(rankCandidates(request.facts, pool, saved.weights, limit).map((c, i) => [c.volunteer.id, i + 1]));
    const candidates: MatchCandidate[] = rankCandidates(request.facts, pool, trial as MatchWeights, limit).map((c) => ({ ...c, currentRank: currentRanks.get(c.volunteer.id) ?? null }));
    return { sponsorshipId, weightsVersion: saved.version, candidates, excludedCounts, exclusions };
  }

  private async readyRequest(id: string): Promise<MatchRequest> {
    const [request] = await requestsById(this.dataSource.manager, [id]);
    if (!request) throw new AppError(404, ErrorCode.NotFound);
    if (request.state !== 'ready_to_match') throw new AppError(409, ErrorCode.StateConflict, undefined, stateLabel(request.state, requestContext.current()?.locale));
    return request;
  }

  private async pool(request: MatchRequest) {
    const { sql, values } = feasibleVolunteersSql(this.config.policeCertificate, this.config.today(), { sponsorshipId: request.ref.id, request: request.facts });
    const rows: PoolRow[] = await this.dataSource.query(sql, values);
    return rows.map(poolVolunteer);
  }

  private async counts(request: MatchRequest): Promise<Partial<Record<MatchExclusionReason, number>>> {
    const { sql, values } = exclusionCountsSql(this.config.policeCertificate, this.config.today(), { sponsorshipId: request.ref.id, request: request.facts });
    return countsOf(await this.dataSource.query(sql, values));
  }
}
