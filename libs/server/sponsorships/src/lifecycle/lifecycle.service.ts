import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type SponsorshipState, type SponsorshipTransitionRequest } from '@miteinander/contracts';
import { applyCheckIn, applyTransition, checkCheckIn, checkInKind, checkTransition, isDecline, PLACEMENT_STEPS } from '@miteinander/domain-sponsorships';
import type { User } from '@miteinander/server-identity';
import { OwnVolunteerService } from '@miteinander/server-people';
import { APP_CONFIG, AppError, invalid, requestContext, type AppConfig } from '@miteinander/server-platform';
import type { RecordCheckInDto } from '../dto/transition.dto';
import { SponsorshipCheckIn } from '../entities/sponsorship-check-in.entity';
import { SponsorshipTransition } from '../entities/sponsorship-transition.entity';
import type { Sponsorship } from '../entities/sponsorship.entity';
import { stateLabel, stateList } from '../messages';
import { SponsorshipConfig } from '../sponsorship-config';
import { lockCandidate } from './candidate';
import { assertContactSharingAllowed } from './contact-consent';
import { factsOf, writeFacts } from './facts';
import { lockSponsorship } from './lock-sponsorship';

/**
 * Moves sponsorships along the lifecycle (domain-sponsorships decides what is allowed) and records check-ins.
 * Each change locks the sponsorship, checks the guards, and writes the row and its history row in one transaction.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SponsorshipConfig,
    private readonly profiles: OwnVolunteerService,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
  ) {}

  async transition(actor: User, id: string, req: SponsorshipTransitionRequest): Promise<void> {
    await this.dataSource.transaction((m) => this.transitionIn(m, actor.id, id, req));
  }

  /** The proposed volunteer says no from their own page; only while the match is merely proposed. */
  async declineAsVolunteer(actor: User, id: string, reason: string): Promise<void> {
    const volunteerId = await this.profiles.ensureProfileId(actor);
    await this.dataSource.transaction(async (m) => {
      const { sponsorship } = await lockSponsorship(m, id);
      if (sponsorship.volunteerId !== volunteerId) throw new AppError(404, ErrorCode.NotFound);
      if (sponsorship.state !== 'match_proposed') throw this.stateConflict(sponsorship.state);
      await this.transitionIn(m, actor.id, id, { to: 'ready_to_match', reason });
    });
  }

  async recordCheckIn(actor: User, id: string, dto: RecordCheckInDto): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { sponsorship, beneficiary } = await lockSponsorship(m, id);
      const facts = factsOf(sponsorship, beneficiary, this.appConfig.reminders.timezone);
      const verdict = checkCheckIn(facts, dto.date, this.config.today());
      if (!verdict.ok) throw 'problems' in verdict ? invalid(...verdict.problems) : this.stateConflict(sponsorship.state);
      const kind = checkInKind(facts);
      await m.save(m.create(SponsorshipCheckIn, { sponsorshipId: id, kind, heldOn: dto.date, mood: dto.mood, note: dto.note, nextStep: dto.nextStep ?? null, recordedBy: actor.id }));
      writeFacts(sponsorship, applyCheckIn(facts, kind, dto.date), this.config.rules, new Date());
      await m.save(sponsorship);
    });
  }

  private async transitionIn(m: EntityManager, actorId: string, id: string, req: SponsorshipTransitionRequest): Promise<void> {
    const { sponsorship, beneficiary } = await lockSponsorship(m, id);
    const facts = factsOf(sponsorship, beneficiary, this.appConfig.reminders.timezone);
    const today = this.config.today();
    const placed = this.volunteerPlaced(req, facts.volunteerId);
    const candidate = placed ? await lockCandidate(m, placed, id, this.config.policeCertificate, today) : null;
    if (req.to === 'match_proposed' && req.volunteerId && !candidate) throw invalid({ field: 'volunteerId', rule: 'unknownVolunteer' });
    const verdict = checkTransition(facts, req, today, candidate);
    if (!verdict.ok) {
      if ('problems' in verdict) throw invalid(...verdict.problems);
      const locale = requestContext.current()?.locale;
      throw new AppError(409, ErrorCode.TransitionNotAllowed, undefined, stateList(verdict.allowedNext, locale), undefined, verdict.allowedNext);
    }
    if (req.to === 'trial') await assertContactSharingAllowed(m, facts.volunteerId);
    const from = sponsorship.state;
    writeFacts(sponsorship, applyTransition(facts, req), this.config.rules, new Date());
    if (req.to === 'closed') sponsorship.closingNote = req.closingNote?.trim() || null;
    await m.save(sponsorship);
    await m.save(
      m.create(SponsorshipTransition, {
        sponsorshipId: id,
        fromState: from,
        toState: req.to,
        volunteerId: this.volunteerOfStep(from, req, facts.volunteerId),
        reason: req.reason?.trim() || null,
        changedBy: actorId,
      }),
    );
  }

  /** The volunteer a placement step processes (named in a proposal, else the paired one), so the guards can re-check them. */
  private volunteerPlaced(req: SponsorshipTransitionRequest, paired: string | null): string | null {
    if (req.to === 'match_proposed') return req.volunteerId ?? null;
    return PLACEMENT_STEPS.includes(req.to) ? paired : null;
  }

  /** The timeline names the volunteer proposed, declining, or paired in this step. */
  private volunteerOfStep(from: SponsorshipState, req: SponsorshipTransitionRequest, current: string | null): string | null {
    if (req.to === 'match_proposed') return req.volunteerId ?? null;
    if (isDecline(from, req.to)) return current;
    return null;
  }

  private stateConflict(state: Sponsorship['state']): AppError {
    return new AppError(409, ErrorCode.StateConflict, undefined, stateLabel(state, requestContext.current()?.locale));
  }
}
