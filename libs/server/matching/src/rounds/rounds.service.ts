import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type AcceptMatchRoundResult, type MatchRoundView, type MatchRoundUnserved } from '@miteinander/contracts';
import { pairKey, planRound } from '@miteinander/domain-matching';
import type { User } from '@miteinander/server-identity';
import { AppError, errorMessage, invalid, requestContext, type FieldProblem } from '@miteinander/server-platform';
import { LifecycleService } from '@miteinander/server-sponsorships';
import type { MatchRoundDto } from '../dto/round.dto';
import { MatchRound } from '../entities/match-round.entity';
import { MatchingConfig } from '../matching-config';
import { readyRequests, requestsById, type MatchRequest } from '../pool/request-facts.sql';
import { countsOf, exclusionCountsSql, feasibleVolunteersSql, poolVolunteer, type PoolRow } from '../pool/volunteer-pool.sql';
import { WeightsService } from '../weights/weights.service';

/** At most this many requests take part in one round (the oldest first when more are waiting). */
export const ROUND_MAX_REQUESTS = 2000;

/** Matching rounds: the best overall assignment for many requests at once, and accepting its proposals. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: MatchingConfig,
    private readonly weights: WeightsService,
    private readonly lifecycle: LifecycleService,
  ) {}

  async run(actor: User, dto: MatchRoundDto): Promise<MatchRoundView> {
    const requests = await this.selectRequests(dto);
    const saved = await this.weights.current();
    const lockIds = (dto.locks ?? []).map((l) => l.volunteerId);
    const { sql, values } = feasibleVolunteersSql(this.config.policeCertificate, this.config.today(), undefined, lockIds);
    const [rows, unavailable, stored] = await Promise.all([
      this.dataSource.query(sql, values) as Promise<PoolRow[]>,
      this.unavailableCounts(),
      this.dataSource.query(`SELECT sponsorship_id, volunteer_id FROM match_exclusions WHERE sponsorship_id = ANY($1::uuid[])`, [requests.map((r) => r.ref.id)]) as Promise<
        { sponsorship_id: string; volunteer_id: string }[]
      >,
    ]);
    // Sorted by id, so the same data gives the same round.
    const volunteers = rows.map(poolVolunteer).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const excluded = new Set([...stored.map((x) => pairKey(x.sponsorship_id, x.volunteer_id)), ...(dto.excludedPairs ?? []).map((p) => pairKey(p.sponsorshipId, p.volunteerId))]);
    const result = planRound({ requests: requests.map((r) => ({ id: r.ref.id, facts: r.facts })), volunteers, excluded, locks: dto.locks ?? [], weights: saved.weights });
    if (!result.ok) throw invalid(...result.problems.map((p): FieldProblem => ({ field: `locks.${p.lock}`, rule: p.rule })));
    const { plan } = result;
    const round = await this.dataSource.getRepository(MatchRound).save({
      weightsVersion: saved.version,
      selection: dto,
      totalScore: plan.totalScore,
      createdBy: actor.id,
      result: {
        proposals: plan.proposals.map((p) => {
          const v = volunteers[p.volunteer]!;
          return { sponsorship: requests[p.request]!.ref, volunteer: { id: v.id, name: v.name }, score: p.pair.score, factors: p.pair.factors, locked: p.locked, acceptedAt: null };
        }),
        unserved: plan.unserved.map(
          (u): MatchRoundUnserved => ({ sponsorship: requests[u.request]!.ref, reason: u.reason, excludedCounts: { ...unavailable, ...u.excludedCounts } }),
        ),
      },
    });
    return this.view(round);
  }

  async get(id: string): Promise<MatchRoundView> {
    const round = await this.dataSource.getRepository(MatchRound).findOneBy({ id });
    if (!round) throw new AppError(404, ErrorCode.NotFound);
    return this.view(round);
  }

  /**
   * Each chosen proposal becomes a match_proposed sponsorship through the lifecycle's guards (which lock the
   * volunteer, so capacities hold even against proposals made meanwhile). A proposal that no longer fits is
   * reported with the guard's message; the others go through. Accepting twice is harmless.
   */
  async accept(actor: User, id: string, sponsorshipIds: readonly string[]): Promise<AcceptMatchRoundResult> {
    const round = await this.get(id);
    const locale = requestContext.current()?.locale;
    const accepted: string[] = [];
    const failed: AcceptMatchRoundResult['failed'] = [];
    for (const sponsorshipId of new Set(sponsorshipIds)) {
      const proposal = round.proposals.find((p) => p.sponsorship.id === sponsorshipId);
      if (!proposal) {
        failed.push({ sponsorshipId, message: locale === 'en' ? 'This request has no proposal in this round.' : 'Für diese Anfrage gibt es in dieser Runde keinen Vorschlag.' });
        continue;
      }
      if (proposal.acceptedAt) {
        accepted.push(sponsorshipId);
        continue;
      }
      try {
        await this.lifecycle.transition(actor, sponsorshipId, { to: 'match_proposed', volunteerId: proposal.volunteer.id });
        accepted.push(sponsorshipId);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        failed.push({ sponsorshipId, message: e.errors?.length ? e.errors.map((x) => x.message).join(' ') : errorMessage(e.code, locale, e.messageParam) });
      }
    }
    await this.markAccepted(id, accepted);
    return { accepted, failed };
  }

  private async markAccepted(id: string, sponsorshipIds: readonly string[]): Promise<void> {
    if (!sponsorshipIds.length) return;
    const at = new Date().toISOString();
    await this.dataSource.transaction(async (m) => {
      // Locked, so two accepts of the same round at once both keep their marks.
      const round = await m.findOne(MatchRound, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!round) return;
      round.result = { ...round.result, proposals: round.result.proposals.map((p) => (sponsorshipIds.includes(p.sponsorship.id) && !p.acceptedAt ? { ...p, acceptedAt: at } : p)) };
      await m.save(round);
    });
  }

  private async selectRequests(dto: MatchRoundDto): Promise<MatchRequest[]> {
    if (dto.sponsorshipIds?.length) {
      const ids = [...new Set(dto.sponsorshipIds)];
      const found = await requestsById(this.dataSource.manager, ids);
      const byId = new Map(found.map((r) => [r.ref.id, r]));
      const problems: FieldProblem[] = [];
      dto.sponsorshipIds.forEach((sid, i) => {
        const r = byId.get(sid);
        if (!r) problems.push({ field: `sponsorshipIds.${i}`, rule: 'unknownSponsorship' });
        else if (r.state !== 'ready_to_match') problems.push({ field: `sponsorshipIds.${i}`, rule: 'notReadyToMatch' });
      });
      if (problems.length) throw invalid(...problems);
      return found;
    }
    const requests = await readyRequests(this.dataSource.manager, { kind: dto.kind, municipalityId: dto.municipalityId }, ROUND_MAX_REQUESTS);
    if (!requests.length) throw invalid({ field: 'sponsorshipIds', rule: 'noRequests' });
    return requests;
  }

  /** Volunteers no request can have: not active, or no free place. */
  private async unavailableCounts() {
    const { sql, values } = exclusionCountsSql(this.config.policeCertificate, this.config.today());
    return countsOf(await this.dataSource.query(sql, values));
  }

  private view(round: MatchRound): MatchRoundView {
    return {
      id: round.id,
      createdAt: new Date(round.createdAt).toISOString(),
      weightsVersion: round.weightsVersion,
      totalScore: round.totalScore,
      proposals: round.result.proposals,
      unserved: round.result.unserved,
    };
  }
}
