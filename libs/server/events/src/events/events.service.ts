import './messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventInput, EventListItem, EventPage, EventSortField, EventView } from '@miteinander/contracts';
import { eventInputProblems, problem, type EventProblem } from '@miteinander/domain-events';
import { containsPattern, MailService } from '@miteinander/server-platform';
import type { EventListQuery } from '../dto/events.dto';
import { formatWhen } from '../event-format';
import { EventsConfig } from '../events-config';
import { mailLocaleOf } from '../invitations/invitation-mail';
import { eventConflict, eventProblemsError } from '../problems';
import { promoteFromWaitlist } from '../rsvp/waitlist';
import { auditEvents } from './event-audit';
import { countsOf, eventCounts, NO_COUNTS } from './event-counts';
import { loadEvent, type EventRecord } from './event-record';
import { eventInputOf, instantOfLocal, isPast, localDateTimeOf, toEventListItem, toEventView } from './event-view';

const SORT_COLUMNS: Record<EventSortField, string> = {
  startsAt: 'e.starts_at',
  title: 'lower(e.title)',
  createdAt: 'e.created_at',
};

const MAX_CANCEL_REASON = 2000;

const LIST_COLUMNS = `e.id, e.kind, e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.venue_name AS "venueName", e.venue_address AS "venueAddress",
  e.accessibility, e.capacity, e.rsvp_deadline::text AS "rsvpDeadline", e.plus_ones_allowed AS "plusOnesAllowed", e.description_de AS "descriptionDe",
  e.description_en AS "descriptionEn", e.status, e.cancel_reason AS "cancelReason", e.created_at AS "createdAt"`;

/**
 * Recognition events: coordinators set one up (times in the county's wall clock), change it until it starts, and
 * cancel it with a reason. Started and cancelled events are not changed any more (409).
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
    private readonly mail: MailService,
  ) {}

  async list(query: EventListQuery): Promise<EventPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const when = query.when ?? 'upcoming';
    const params: unknown[] = [];
    const where: string[] = [];
    if (when !== 'all') {
      params.push(this.config.now());
      where.push(when === 'upcoming' ? `e.starts_at > $${params.length}` : `e.starts_at <= $${params.length}`);
    }
    if (query.q?.trim()) {
      params.push(containsPattern(query.q.trim()));
      where.push(`e.title ILIKE $${params.length}`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = query.sort ?? 'startsAt';
    // Upcoming: soonest first; past: the latest first; a chosen direction wins.
    const dir = query.dir ? query.dir.toUpperCase() : sort === 'startsAt' && when !== 'past' ? 'ASC' : sort === 'title' ? 'ASC' : 'DESC';
    const rows: EventRecord[] = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS} FROM recognition_events e ${whereSql} ORDER BY ${SORT_COLUMNS[sort]} ${dir}, e.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM recognition_events e ${whereSql}`, params);
    const counts = await eventCounts(this.dataSource.manager, rows.map((r) => r.id));
    const now = this.config.now();
    const items: EventListItem[] = rows.map((r) => toEventListItem(r, counts.get(r.id) ?? NO_COUNTS, now, this.config.timeZone));
    return { items, total, page, pageSize };
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<EventView> {
    const event = await loadEvent(m, id);
    return toEventView(event, await countsOf(m, id), { now: this.config.now(), today: this.config.today(), timeZone: this.config.timeZone });
  }

  async create(actorId: string, dto: Partial<EventInput>): Promise<EventView> {
    const input = this.checked(normalised(dto));
    const id = await this.dataSource.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO recognition_events (kind, title, starts_at, ends_at, venue_name, venue_address, accessibility, capacity, rsvp_deadline,
                                         plus_ones_allowed, description_de, description_en, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft', $13) RETURNING id`,
        [...this.params(input), actorId],
      );
      const created = rows[0]!.id;
      await auditEvents(m, 'recognition_event', 'create', [{ id: created, before: {}, after: { ...input } }]);
      return created;
    });
    return this.get(id);
  }

  /**
   * PATCH sends the whole form, but a missing field keeps its value. More seats move people up from the waiting
   * list (with their mail, in the same transaction); fewer seats than already taken are refused.
   */
  async update(id: string, dto: Partial<EventInput>): Promise<EventView> {
    let promoted = 0;
    await this.dataSource.transaction(async (m) => {
      const current = await loadEvent(m, id, true);
      this.assertChangeable(current);
      const before = eventInputOf(current, this.config.timeZone);
      const input = this.checked({ ...before, ...normalised(dto) }, before.rsvpDeadline);
      const counts = await countsOf(m, id);
      if (input.capacity < counts.seatsTaken) throw eventConflict('capacityBelowSeats', { taken: counts.seatsTaken }, 'capacity');
      await m.query(
        `UPDATE recognition_events SET kind = $1, title = $2, starts_at = $3, ends_at = $4, venue_name = $5, venue_address = $6, accessibility = $7,
                capacity = $8, rsvp_deadline = $9, plus_ones_allowed = $10, description_de = $11, description_en = $12, updated_at = now()
          WHERE id = $13`,
        [...this.params(input), id],
      );
      await auditEvents(m, 'recognition_event', 'update', [{ id, before: { ...before }, after: { ...input } }]);
      if (input.capacity > current.capacity) promoted = await promoteFromWaitlist(m, { mail: this.mail, config: this.config }, await loadEvent(m, id, true));
    });
    if (promoted) this.mail.afterCommit();
    return this.get(id);
  }

  async cancel(id: string, reasonInput: unknown): Promise<EventView> {
    const reason = typeof reasonInput === 'string' ? reasonInput.trim() : reasonInput;
    const problems = reasonProblems(reason);
    if (problems.length) throw eventProblemsError(problems);
    await this.dataSource.transaction(async (m) => {
      const current = await loadEvent(m, id, true);
      this.assertChangeable(current);
      await m.query(`UPDATE recognition_events SET status = 'cancelled', cancel_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
      await auditEvents(m, 'recognition_event', 'update', [
        { id, before: { status: current.status, cancelReason: current.cancelReason }, after: { status: 'cancelled', cancelReason: reason } },
      ]);
      await this.tellInvitees(m, current, reason as string);
    });
    this.mail.afterCommit();
    return this.get(id);
  }

  /** Everyone invited hears of the cancellation, in the same transaction; their links still open the page, which says so. */
  private async tellInvitees(m: EntityManager, event: EventRecord, reason: string): Promise<void> {
    const invitees: { id: string; name: string; email: string; locale: string }[] = await m.query(
      `SELECT id, name, email, locale FROM event_invitations WHERE event_id = $1 AND status IN ('invited', 'accepted', 'waitlisted')`,
      [event.id],
    );
    for (const invitee of invitees) {
      const locale = mailLocaleOf(invitee.locale);
      await this.mail.queue(m, {
        template: 'event-cancelled',
        to: invitee.email,
        locale,
        dedupeKey: `event-cancelled:${invitee.id}`,
        vars: { name: invitee.name, title: event.title, when: formatWhen(event.startsAt, event.endsAt, locale, this.config.timeZone), reason },
      });
    }
  }

  private assertChangeable(event: EventRecord): void {
    assertEventChangeable(event, this.config.now());
  }

  /** On a change, a deadline that has passed but was not touched is kept: fixing a typo must not fail on it. */
  private checked(input: EventInput, storedDeadline?: string): EventInput {
    const problems = eventInputProblems(input, localDateTimeOf(this.config.now(), this.config.timeZone)).filter(
      (p) => !(p.rule === 'deadlinePassed' && storedDeadline !== undefined && input.rsvpDeadline === storedDeadline),
    );
    if (problems.length) throw eventProblemsError(problems);
    return input;
  }

  private params(e: EventInput): unknown[] {
    const tz = this.config.timeZone;
    return [
      e.kind, e.title.trim(), instantOfLocal(e.startsAt, tz), e.endsAt ? instantOfLocal(e.endsAt, tz) : null, e.venueName.trim(), e.venueAddress.trim(),
      (e.accessibility ?? '').trim(), e.capacity, e.rsvpDeadline, e.plusOnesAllowed, e.descriptionDe ?? '', e.descriptionEn ?? '',
    ];
  }
}

/** Cancelled and started events are history: nothing about them or their guest list changes any more (409). */
export function assertEventChangeable(event: EventRecord, now: Date): void {
  if (event.status === 'cancelled') throw eventConflict('eventCancelled');
  if (isPast(event, now)) throw eventConflict('eventStarted');
}

/** A DTO instance carries every declared property, absent ones as undefined: those must not overwrite stored values. */
function normalised(dto: Partial<EventInput>): EventInput {
  const input = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<EventInput>;
  return input as EventInput;
}

function reasonProblems(reason: unknown): EventProblem[] {
  if (reason === undefined || reason === null || reason === '') return [problem('reason', 'required')];
  if (typeof reason !== 'string') return [problem('reason', 'type', { expected: 'string' })];
  return [...reason].length > MAX_CANCEL_REASON ? [problem('reason', 'maxLength', { max: MAX_CANCEL_REASON })] : [];
}
