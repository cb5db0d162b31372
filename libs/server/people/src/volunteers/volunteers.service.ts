import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type VolunteerView } from '@miteinander/contracts';
import { canReadVolunteer, isStaff, normaliseName, normalisePhone, volunteerStatusProblem } from '@miteinander/domain-volunteers';
import type { User } from '@miteinander/server-identity';
import { AppError, AuditEntry, invalid } from '@miteinander/server-platform';
import type { ChangeVolunteerStatusDto, QuickCreateVolunteerDto, UpdateVolunteerDto } from '../dto/volunteers.dto';
import { Volunteer } from '../entities/volunteer.entity';
import { VolunteerStatusChange } from '../entities/volunteer-status-change.entity';
import { PeopleRules } from '../people-rules';
import { assertMunicipalityExists } from '../reference-checks';
import { lockVolunteer } from './lock-volunteer';
import { applyVolunteerPatch, assertLanguagesDistinct, replaceOrganisations } from './volunteer-changes';
import { VolunteerViews } from './volunteer-views';

/** The reason written with the first status, when a profile is recorded (by staff or on the first own visit). */
export const RECORDED_REASON = 'recorded';

/** Coordinators' work on profiles: quick intake, reading, editing, status changes with a reason. */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: VolunteerViews,
    private readonly rules: PeopleRules,
  ) {}

  /** Someone met at an info evening: name, municipality and languages are enough; status "interested". */
  async quickCreate(actor: User, dto: QuickCreateVolunteerDto): Promise<VolunteerView> {
    assertLanguagesDistinct(dto.languages);
    const id = await this.dataSource.transaction(async (m) => {
      await assertMunicipalityExists(m, dto.municipalityId);
      const v = await m.save(
        m.create(Volunteer, {
          firstName: normaliseName(dto.firstName),
          lastName: normaliseName(dto.lastName),
          email: dto.email ?? null,
          phone: dto.phone ? normalisePhone(dto.phone) : null,
          municipalityId: dto.municipalityId,
          languages: dto.languages.map((l) => ({ code: l.code, level: l.level })),
          status: 'interested',
        }),
      );
      await m.save(m.create(VolunteerStatusChange, { volunteerId: v.id, fromStatus: null, toStatus: 'interested', reason: RECORDED_REASON, changedBy: actor.id }));
      return v.id;
    });
    return this.load(id);
  }

  /**
   * The whole profile. Volunteers get a 404 for anyone but themselves. A staff read is written to the audit
   * trail: the profile holds police-certificate facts and consents.
   */
  async get(actor: User, id: string): Promise<VolunteerView> {
    const view = await this.views.load(this.dataSource.manager, id);
    if (!view || !canReadVolunteer(actor, view)) throw new AppError(404, ErrorCode.NotFound);
    if (isStaff(actor.roles) && view.userId !== actor.id) {
      const read = { actorId: actor.id, action: 'read' as const, entityId: id, diff: null, purpose: 'case_work' as const };
      // The police-certificate facts get their own row, so the trail shows who saw them, not only the profile.
      const rows = view.policeCertificateRecord?.inspected ? [{ ...read, entity: 'volunteer' }, { ...read, entity: 'police-certificate' }] : [{ ...read, entity: 'volunteer' }];
      await this.dataSource.getRepository(AuditEntry).insert(rows);
    }
    return view;
  }

  async update(id: string, dto: UpdateVolunteerDto): Promise<VolunteerView> {
    await this.dataSource.transaction(async (m) => {
      const v = await lockVolunteer(m, id);
      const { organisationIds, ...fields } = dto;
      await applyVolunteerPatch(m, v, fields, this.rules.today());
      await m.save(v);
      if (organisationIds !== undefined) await replaceOrganisations(m, id, organisationIds, this.rules.today());
    });
    return this.load(id);
  }

  /** Only along the allowed transitions (domain-volunteers); the history keeps reason and who changed it. */
  async changeStatus(actor: User, id: string, dto: ChangeVolunteerStatusDto): Promise<VolunteerView> {
    await this.dataSource.transaction(async (m) => {
      const v = await lockVolunteer(m, id);
      const problem = volunteerStatusProblem(v.status, dto.status);
      if (problem) throw invalid(problem);
      const from = v.status;
      v.status = dto.status;
      await m.save(v);
      await m.save(m.create(VolunteerStatusChange, { volunteerId: id, fromStatus: from, toStatus: dto.status, reason: dto.reason, changedBy: actor.id }));
    });
    return this.load(id);
  }

  /** The profile after a change (the change itself is audited; this read is not). */
  async load(id: string): Promise<VolunteerView> {
    const view = await this.views.load(this.dataSource.manager, id);
    if (!view) throw new AppError(404, ErrorCode.NotFound);
    return view;
  }
}
