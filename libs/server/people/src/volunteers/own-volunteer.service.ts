import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { VolunteerView } from '@miteinander/contracts';
import { splitDisplayName } from '@miteinander/domain-volunteers';
import type { User } from '@miteinander/server-identity';
import type { UpdateOwnVolunteerDto } from '../dto/volunteers.dto';
import { Volunteer } from '../entities/volunteer.entity';
import { VolunteerStatusChange } from '../entities/volunteer-status-change.entity';
import { PeopleRules } from '../people-rules';
import { lockVolunteer } from './lock-volunteer';
import { applyVolunteerPatch } from './volunteer-changes';
import { RECORDED_REASON, VolunteersService } from './volunteers.service';

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505';
}

/** A signed-in volunteer's own profile ("My volunteering"), created on the first visit. */
@Injectable()
export class OwnVolunteerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersService,
    private readonly rules: PeopleRules,
  ) {}

  async get(user: User): Promise<VolunteerView> {
    return this.volunteers.load(await this.ensureProfileId(user));
  }

  /** Status, notes and organisations are the coordinators' to change: the DTO does not even have them. */
  async update(user: User, dto: UpdateOwnVolunteerDto): Promise<VolunteerView> {
    const id = await this.ensureProfileId(user);
    await this.dataSource.transaction(async (m) => {
      const v = await lockVolunteer(m, id);
      await applyVolunteerPatch(m, v, dto, this.rules.today());
      await m.save(v);
    });
    return this.volunteers.load(id);
  }

  /**
   * The id of the account's volunteer profile. On the first call it is created from the account (display name
   * split into first and last name, email, mail language), or — if a coordinator already recorded this person
   * with the account's confirmed email address — that profile is linked instead of creating a duplicate.
   */
  async ensureProfileId(user: User): Promise<string> {
    const existing = await this.findProfileId(user.id);
    if (existing) return existing;
    try {
      return await this.dataSource.transaction((m) => this.createOrLink(m, user));
    } catch (e) {
      // Two first visits at once: the other one won the unique user_id; use its profile.
      if (!isUniqueViolation(e)) throw e;
      const winner = await this.findProfileId(user.id);
      if (!winner) throw e;
      return winner;
    }
  }

  private async findProfileId(userId: string): Promise<string | null> {
    const v = await this.dataSource.getRepository(Volunteer).findOne({ where: { userId }, select: { id: true } });
    return v?.id ?? null;
  }

  private async createOrLink(m: EntityManager, user: User): Promise<string> {
    if (user.emailVerifiedAt) {
      const recorded: { id: string }[] = await m.query(`SELECT id FROM volunteers WHERE user_id IS NULL AND lower(email) = $1 FOR UPDATE`, [user.email.toLowerCase()]);
      if (recorded.length === 1) {
        const v = await m.findOneByOrFail(Volunteer, { id: recorded[0]!.id });
        v.userId = user.id;
        await m.save(v);
        return v.id;
      }
    }
    const { firstName, lastName } = splitDisplayName(user.displayName);
    const v = await m.save(
      m.create(Volunteer, { userId: user.id, firstName, lastName, email: user.email, mailLocale: user.locale, status: 'interested' }),
    );
    await m.save(m.create(VolunteerStatusChange, { volunteerId: v.id, fromStatus: null, toStatus: 'interested', reason: RECORDED_REASON, changedBy: user.id }));
    return v.id;
  }
}
