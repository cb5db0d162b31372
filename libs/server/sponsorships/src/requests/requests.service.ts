import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, OCCUPYING_STATES, type CreateSponsorshipRequest, type SponsorshipState } from '@miteinander/contracts';
import { checkTransition, minorsCertificateRule } from '@miteinander/domain-sponsorships';
import type { User } from '@miteinander/server-identity';
import { assertMunicipalityExists } from '@miteinander/server-people';
import { APP_CONFIG, AppError, invalid, requestContext, validateAs, type AppConfig } from '@miteinander/server-platform';
import { CreateSponsorshipDto, type UpdateSponsorshipDto } from '../dto/sponsorship-request.dto';
import { Beneficiary } from '../entities/beneficiary.entity';
import { SponsorshipTransition } from '../entities/sponsorship-transition.entity';
import { Sponsorship } from '../entities/sponsorship.entity';
import { lockCandidate } from '../lifecycle/candidate';
import { factsOf } from '../lifecycle/facts';
import { lockSponsorship } from '../lifecycle/lock-sponsorship';
import { stateLabel } from '../messages';
import { SponsorshipConfig } from '../sponsorship-config';
import { beneficiaryFields, requestInvolvesMinors, requestOf } from './request-fields';

/** Recording, correcting and re-matching requests for families and pupils. Returns the sponsorship's id. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SponsorshipConfig,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
  ) {}

  async create(actor: User, dto: CreateSponsorshipRequest): Promise<string> {
    const fields = beneficiaryFields(dto, this.config.today());
    return this.dataSource.transaction(async (m) => {
      await assertMunicipalityExists(m, dto.municipalityId);
      const coordinatorId = dto.coordinatorId ?? actor.id;
      await this.assertCoordinator(m, coordinatorId);
      const b = await m.save(m.create(Beneficiary, fields));
      const s = await m.save(
        m.create(Sponsorship, {
          kind: dto.kind,
          beneficiaryId: b.id,
          state: 'inquiry',
          involvesMinors: requestInvolvesMinors(b),
          coordinatorId,
          plannedMonths: dto.plannedMonths ?? this.config.rules.plannedMonths[dto.kind],
          trialWeeks: this.config.rules.trialWeeksDefault,
          createdBy: actor.id,
        }),
      );
      await this.history(m, s.id, null, 'inquiry', actor.id, null);
      return s.id;
    });
  }

  /**
   * The PATCH is merged onto the stored request and the result validated as a whole. Adding a child to a family
   * that is already paired is refused while the volunteer has no valid police certificate.
   */
  async update(id: string, patch: UpdateSponsorshipDto): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { sponsorship: s, beneficiary: b } = await lockSponsorship(m, id);
      const current = requestOf(b, s.kind, s.plannedMonths, s.coordinatorId);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const merged = {
        ...current,
        ...defined,
        preferences: { ...current.preferences, ...(patch.preferences ?? {}) },
        contact: { ...current.contact, ...(patch.contact ?? {}) },
      };
      const dto = await validateAs(CreateSponsorshipDto, merged);
      const fields = beneficiaryFields(dto, this.config.today());
      if (patch.municipalityId !== undefined) await assertMunicipalityExists(m, dto.municipalityId);
      if (patch.coordinatorId !== undefined) await this.assertCoordinator(m, dto.coordinatorId!);
      Object.assign(b, fields);
      const minors = requestInvolvesMinors(b);
      if (minors && !s.involvesMinors && s.volunteerId && OCCUPYING_STATES.includes(s.state)) {
        const candidate = await lockCandidate(m, s.volunteerId, s.id, this.config.policeCertificate, this.config.today());
        const rule = candidate ? minorsCertificateRule(candidate.policeCertificate) : 'policeCertificateMissing';
        if (rule) throw invalid({ field: s.kind === 'learning' ? 'pupil' : 'childrenAges', rule });
      }
      await m.save(b);
      s.involvesMinors = minors;
      s.plannedMonths = dto.plannedMonths ?? s.plannedMonths;
      s.coordinatorId = dto.coordinatorId ?? s.coordinatorId;
      await m.save(s);
    });
  }

  /**
   * A new request for the same family or pupil after a closed sponsorship. It starts ready to match when the
   * guards allow (else at the intake). Asking twice returns the request made the first time.
   */
  async rematch(actor: User, id: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const { sponsorship: old, beneficiary } = await lockSponsorship(m, id);
      if (old.state !== 'closed') throw new AppError(409, ErrorCode.StateConflict, undefined, stateLabel(old.state, requestContext.current()?.locale));
      const existing = await m.findOne(Sponsorship, { where: { rematchOf: id } });
      if (existing) return existing.id;
      const intakeFacts = { ...factsOf(old, beneficiary, this.appConfig.reminders.timezone), state: 'intake' as const };
      const state: SponsorshipState = checkTransition(intakeFacts, { to: 'ready_to_match' }, this.config.today()).ok ? 'ready_to_match' : 'intake';
      const s = await m.save(
        m.create(Sponsorship, {
          kind: old.kind,
          beneficiaryId: old.beneficiaryId,
          state,
          involvesMinors: requestInvolvesMinors(beneficiary),
          coordinatorId: old.coordinatorId ?? actor.id,
          plannedMonths: old.plannedMonths,
          trialWeeks: this.config.rules.trialWeeksDefault,
          rematchOf: id,
          createdBy: actor.id,
        }),
      );
      await this.history(m, s.id, null, state, actor.id, null);
      return s.id;
    });
  }

  private async assertCoordinator(m: EntityManager, userId: string): Promise<void> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM users WHERE id = $1 AND active AND roles && ARRAY['coordinator','admin']::text[]`, [userId]);
    if (!rows.length) throw invalid({ field: 'coordinatorId', rule: 'unknownCoordinator' });
  }

  private async history(m: EntityManager, sponsorshipId: string, from: SponsorshipState | null, to: SponsorshipState, by: string, reason: string | null): Promise<void> {
    await m.save(m.create(SponsorshipTransition, { sponsorshipId, fromState: from, toState: to, volunteerId: null, reason, changedBy: by }));
  }
}
