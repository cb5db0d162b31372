import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type HourEntryView, type Page } from '@miteinander/contracts';
import { isInFuture, isLocked, minutesProblem, todayIn } from '@miteinander/domain-hours';
import { APP_CONFIG, AppError, invalid, requestContext, type AppConfig } from '@miteinander/server-platform';
import type { User } from '@miteinander/server-identity';
import { findVolunteer, isStaff } from './actor';
import { entryProblems, loadEntryFacts } from './entry-checks';
import { HourEntry } from './entities/hour-entry.entity';
import { docLang, formatDate } from './format';
import { PeriodLockService } from './period-lock.service';
import { insertWithFacts, isIdempotencyConflict, lockVolunteerForLogging } from './insert-entry';
import { newEntryView } from './new-entry-view';
import { HOUR_VIEW_SELECT, toHourEntryView, type HourViewRow } from './hour-view';
import { hourFilters, hourOrderBy } from './hour-filters';
import type { CreateHourEntryDto, HourListQueryDto, MyHoursQueryDto, UpdateHourEntryDto } from './dto/hours.dto';

const MAX_IDEMPOTENCY_KEY = 100;

export interface CreatedEntry {
  entry: HourEntryView;
  /** False when the Idempotency-Key was seen before: the first entry is returned, nothing new is written. */
  created: boolean;
}

/** Logging, editing and withdrawing hours; lists for volunteers and staff. */
@Injectable()
export class HourEntriesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly locks: PeriodLockService,
  ) {}

  private today(): string {
    return todayIn(new Date(), this.config.reminders.timezone);
  }

  async create(actor: User, dto: CreateHourEntryDto, idempotencyKey: string | undefined): Promise<CreatedEntry> {
    const key = idempotencyKey?.trim() || null;
    if (key && key.length > MAX_IDEMPOTENCY_KEY) throw invalid({ field: 'idempotencyKey', rule: 'maxLength', n: MAX_IDEMPOTENCY_KEY });
    const organisationId = dto.organisationId ?? null;
    const sponsorshipId = dto.sponsorshipId ?? null;
    const input = { activityDate: dto.activityDate, minutes: dto.minutes, organisationId, organisationChanged: true, sponsorshipId, sponsorshipChanged: true };
    const rules = { today: this.today(), mustBeLinked: !isStaff(actor), locale: requestContext.current()?.locale };
    try {
      return await this.dataSource.transaction(async (m) => {
        const volunteer = await this.volunteerToLogFor(m, actor, dto.volunteerId, key);
        if (volunteer.existingEntryId) return { entry: await this.view(m, volunteer.existingEntryId), created: false };
        // Broken without looking at the database (minutes, a future date): list every problem, then nothing is written.
        if (minutesProblem(dto.minutes) || isInFuture(dto.activityDate, rules.today)) {
          throw invalid(...entryProblems(input, await loadEntryFacts(m, volunteer.id, dto.activityDate, organisationId, null, sponsorshipId), rules));
        }
        const values = {
          volunteerId: volunteer.id,
          organisationId,
          sponsorshipId,
          activityDate: dto.activityDate,
          minutes: dto.minutes,
          activity: dto.activity,
          note: dto.note ?? null,
          idempotencyKey: key,
          createdBy: actor.id,
        };
        const { inserted, facts } = await insertWithFacts(m, values);
        const problems = entryProblems(input, facts, rules);
        // Thrown inside the transaction: the entry and its audit row are rolled back.
        if (problems.length || !inserted) throw invalid(...problems);
        return { entry: newEntryView(values, volunteer, facts.organisationName, inserted), created: true };
      });
    } catch (e) {
      if (!key || !isIdempotencyConflict(e)) throw e;
      const first = await this.dataSource.getRepository(HourEntry).findOneByOrFail({ createdBy: actor.id, idempotencyKey: key });
      return { entry: await this.view(this.dataSource.manager, first.id), created: false };
    }
  }

  /** Volunteers log for themselves only (403 otherwise); staff name the volunteer. Locks the volunteer row. */
  private async volunteerToLogFor(m: EntityManager, actor: User, volunteerId: string | undefined, key: string | null) {
    if (volunteerId && !isStaff(actor) && (await findVolunteer(m, { userId: actor.id }))?.id !== volunteerId) {
      throw new AppError(403, ErrorCode.Forbidden);
    }
    const volunteer = await lockVolunteerForLogging(m, volunteerId ? { id: volunteerId } : { userId: actor.id }, key);
    if (volunteer) return volunteer;
    throw invalid({ field: 'volunteerId', rule: volunteerId ? 'unknownVolunteer' : isStaff(actor) ? 'isNotEmpty' : 'noVolunteerProfile' });
  }

  /**
   * Owner or staff. A changed entry goes back to "submitted" (its earlier decision is cleared), so an approved
   * figure can never change without a new approval. Withdrawn entries stay as they are (409).
   */
  async update(actor: User, id: string, dto: UpdateHourEntryDto): Promise<HourEntryView> {
    return this.dataSource.transaction(async (m) => {
      const entry = await this.lockEntryFor(m, actor, id);
      if (entry.status === 'withdrawn') throw new AppError(409, ErrorCode.Conflict);
      const next = {
        activityDate: dto.activityDate ?? entry.activityDate,
        minutes: dto.minutes ?? entry.minutes,
        activity: dto.activity ?? entry.activity,
        organisationId: dto.organisationId === undefined ? entry.organisationId : dto.organisationId,
        sponsorshipId: dto.sponsorshipId === undefined ? entry.sponsorshipId : dto.sponsorshipId,
        note: dto.note === undefined ? entry.note : dto.note,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== entry[k]);
      if (!changed) return this.view(m, entry.id);
      const facts = await loadEntryFacts(m, entry.volunteerId, next.activityDate, next.organisationId, entry.id, next.sponsorshipId);
      const problems = entryProblems(
        { ...next, previousDate: entry.activityDate, organisationChanged: next.organisationId !== entry.organisationId, sponsorshipChanged: next.sponsorshipId !== entry.sponsorshipId },
        facts,
        { today: this.today(), mustBeLinked: !isStaff(actor), locale: requestContext.current()?.locale },
      );
      if (problems.length) throw invalid(...problems);
      Object.assign(entry, next, { status: 'submitted', rejectionReason: null, decidedAt: null, decidedByUser: null, decidedByContact: null });
      await m.save(entry);
      return this.view(m, entry.id);
    });
  }

  /** Takes back an entry that is still waiting; kept (and audited), counted nowhere. */
  async withdraw(actor: User, id: string): Promise<HourEntryView> {
    return this.dataSource.transaction(async (m) => {
      const entry = await this.lockEntryFor(m, actor, id);
      if (entry.status !== 'submitted') throw new AppError(409, ErrorCode.Conflict);
      const lockedThrough = await this.locks.lockedThrough(m);
      if (isLocked(entry.activityDate, lockedThrough)) {
        throw invalid({ field: 'activityDate', rule: 'periodLocked', n: formatDate(lockedThrough!, docLang(requestContext.current()?.locale)) });
      }
      entry.status = 'withdrawn';
      await m.save(entry);
      return this.view(m, entry.id);
    });
  }

  /**
   * The entry, locked, if the actor may change it (its volunteer or staff); 404 otherwise, so nobody learns
   * whether someone else's entry exists. The volunteer row is locked first, as when logging.
   */
  private async lockEntryFor(m: EntityManager, actor: User, id: string): Promise<HourEntry> {
    const rows: { volunteer_id: string; user_id: string | null }[] = await m.query(
      `SELECT h.volunteer_id, v.user_id FROM hour_entries h JOIN volunteers v ON v.id = h.volunteer_id WHERE h.id = $1`,
      [id],
    );
    const owner = rows[0];
    if (!owner || (!isStaff(actor) && owner.user_id !== actor.id)) throw new AppError(404, ErrorCode.NotFound);
    await findVolunteer(m, { id: owner.volunteer_id }, true);
    const entry = await m.findOne(HourEntry, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw new AppError(404, ErrorCode.NotFound);
    return entry;
  }

  async view(m: EntityManager, id: string): Promise<HourEntryView> {
    const rows: HourViewRow[] = await m.query(`${HOUR_VIEW_SELECT} WHERE h.id = $1`, [id]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return toHourEntryView(rows[0], requestContext.current()?.locale);
  }

  /** A volunteer's own entries, newest first. Without a profile there is simply nothing yet. */
  async listMine(actor: User, query: MyHoursQueryDto): Promise<Page<HourEntryView>> {
    const own = await findVolunteer(this.dataSource.manager, { userId: actor.id });
    if (!own) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    return this.page({ ...query, volunteerId: own.id }, 'activityDate', 'desc', query.page, query.pageSize);
  }

  /** Staff: every entry, filtered and sorted through allow-lists; status=submitted is the approval queue. */
  async list(query: HourListQueryDto): Promise<Page<HourEntryView>> {
    return this.page(query, query.sort, query.direction, query.page, query.pageSize);
  }

  private async page(
    filters: Parameters<typeof hourFilters>[0],
    sort: Parameters<typeof hourOrderBy>[0],
    direction: 'asc' | 'desc',
    page: number,
    pageSize: number,
  ): Promise<Page<HourEntryView>> {
    const { where, params } = hourFilters(filters);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM hour_entries h JOIN volunteers v ON v.id = h.volunteer_id ${where}`,
      params,
    );
    const rows: HourViewRow[] = await this.dataSource.query(
      `${HOUR_VIEW_SELECT} ${where} ORDER BY ${hourOrderBy(sort, direction)} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const locale = requestContext.current()?.locale;
    return { items: rows.map((r) => toHourEntryView(r, locale)), total, page, pageSize };
  }
}
