import '../events/messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode, INVITATION_SOURCES, MAIL_LOCALES, type AddFromCriteriaResult, type InvitationCriteria, type InvitationItem, type InvitationPage,
  type InvitationPreview, type InvitationSortField, type InvitationSource, type ManualInvitee,
} from '@miteinander/contracts';
import { criteriaProblems, emailKeyOf, hasCriteria, mergeCandidates, type Candidate, type MergedInvitee } from '@miteinander/domain-events';
import { AppError, containsPattern, MailService, type ParamProblem } from '@miteinander/server-platform';
import type { InvitationListQuery } from '../dto/invitations.dto';
import { auditEvents } from '../events/event-audit';
import { loadEvent, type EventRecord } from '../events/event-record';
import { assertEventChangeable } from '../events/events.service';
import { EventsConfig } from '../events-config';
import { eventConflict, eventProblemsError } from '../problems';
import { promoteFromWaitlist } from '../rsvp/waitlist';
import { criteriaCandidates } from './criteria-query';
import { INVITATION_COLUMNS, toInvitationItem, type InvitationRow } from './invitation-item';
import { revokeTokens } from './tokens';

const SAMPLE_SIZE = 20;
const MAX_NAME = 200;

const SORT_COLUMNS: Record<InvitationSortField, string> = {
  name: 'lower(i.name)',
  status: 'i.status',
  answeredAt: 'i.answered_at',
  checkedInAt: 'i.checked_in_at',
  waitlistPosition: 'i.waitlist_position',
};

/** The event's list with each waitlisted person's place (1 = next to move up), for filtering and sorting on it. */
const LIST_CTE = `WITH i AS (
  SELECT e.*, CASE WHEN e.status = 'waitlisted' THEN row_number() OVER (PARTITION BY e.status = 'waitlisted' ORDER BY e.waitlist_seq, e.id)::int END AS waitlist_position
    FROM event_invitations e WHERE e.event_id = $1)`;

/**
 * One statement for one or many people: new addresses are listed; an address already on the list keeps its state
 * and gains the new sources; someone removed earlier is listed afresh (their old answer and check-in are gone).
 */
const UPSERT = `
  INSERT INTO event_invitations (event_id, email_key, email, name, locale, volunteer_id, contact_id, sources)
  SELECT $1, x.email_key, x.email, x.name, x.locale, x.volunteer_id, x.contact_id, string_to_array(x.sources, ',')
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[]) AS x(email_key, email, name, locale, volunteer_id, contact_id, sources)
  ON CONFLICT (event_id, email_key) DO UPDATE SET
    sources = ARRAY(SELECT d.s FROM (SELECT DISTINCT unnest(event_invitations.sources || EXCLUDED.sources) AS s) d ORDER BY array_position($9::text[], d.s)),
    volunteer_id = COALESCE(event_invitations.volunteer_id, EXCLUDED.volunteer_id),
    contact_id = COALESCE(event_invitations.contact_id, EXCLUDED.contact_id),
    name = CASE WHEN event_invitations.status = 'removed' THEN EXCLUDED.name ELSE event_invitations.name END,
    locale = CASE WHEN event_invitations.status = 'removed' THEN EXCLUDED.locale ELSE event_invitations.locale END,
    invited_at = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.invited_at END,
    answered_at = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.answered_at END,
    checked_in_at = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.checked_in_at END,
    checked_in_by = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.checked_in_by END,
    plus_one = CASE WHEN event_invitations.status = 'removed' THEN false ELSE event_invitations.plus_one END,
    plus_one_name = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.plus_one_name END,
    accessibility_needs = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.accessibility_needs END,
    dietary_needs = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.dietary_needs END,
    photo_consent = CASE WHEN event_invitations.status = 'removed' THEN NULL ELSE event_invitations.photo_consent END,
    status = CASE WHEN event_invitations.status = 'removed' THEN 'listed' ELSE event_invitations.status END,
    updated_at = now()
  RETURNING id, email_key AS "emailKey"`;

interface Selection {
  invitees: MergedInvitee[];
  withoutEmail: number;
  toAdd: MergedInvitee[];
  bySource: Partial<Record<InvitationSource, number>>;
}

/**
 * The guest list of an event: built from criteria (with a live count before anything is written) and by hand, one
 * invitation per email address. Removing someone stops their links and, if they held a seat, lets the waiting
 * list move up. Nothing changes once the event has started or was cancelled.
 */
@Injectable()
export class InvitationListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
    private readonly mail: MailService,
  ) {}

  async preview(eventId: string, criteria: InvitationCriteria): Promise<InvitationPreview> {
    checkCriteria(criteria);
    const m = this.dataSource.manager;
    const event = await loadEvent(m, eventId);
    const s = await this.select(m, event, criteria);
    return {
      matching: s.invitees.length,
      alreadyListed: s.invitees.length - s.toAdd.length,
      toAdd: s.toAdd.length,
      withoutEmail: s.withoutEmail,
      bySource: s.bySource,
      sample: s.invitees.slice(0, SAMPLE_SIZE).map((i) => i.name),
    };
  }

  async addFromCriteria(eventId: string, criteria: InvitationCriteria): Promise<AddFromCriteriaResult> {
    checkCriteria(criteria);
    return this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId, true);
      assertEventChangeable(event, this.config.now());
      const s = await this.select(m, event, criteria);
      if (!s.toAdd.length) throw eventConflict('nobodySelected', undefined, 'criteria');
      // Everyone selected goes through the upsert, so people already listed gain the new sources too.
      const rows = await upsert(m, eventId, s.invitees);
      const added = new Map(s.toAdd.map((i) => [i.emailKey, i]));
      await auditEvents(
        m,
        'event_invitation',
        'create',
        rows.filter((r) => added.has(r.emailKey)).map((r) => ({ id: r.id, before: {}, after: { eventId, status: 'listed', sources: added.get(r.emailKey)!.sources } })),
      );
      return { added: s.toAdd.length, alreadyListed: s.invitees.length - s.toAdd.length, withoutEmail: s.withoutEmail };
    });
  }

  /** A volunteer, an organisation contact, or a guest by name and email address. */
  async addManual(eventId: string, dto: ManualInvitee): Promise<InvitationItem> {
    const kind = manualProblems(dto);
    const id = await this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId, true);
      assertEventChangeable(event, this.config.now());
      const candidate = await this.manualCandidate(m, kind, dto);
      const { invitees } = mergeCandidates([candidate]);
      const invitee = invitees[0];
      if (!invitee) throw eventProblemsError([{ field: kind === 'guest' ? 'email' : kind === 'volunteer' ? 'volunteerId' : 'contactId', rule: 'emailMissing' }]);
      const existing: { status: string }[] = await m.query(`SELECT status FROM event_invitations WHERE event_id = $1 AND email_key = $2 FOR UPDATE`, [
        eventId,
        invitee.emailKey,
      ]);
      if (existing[0] && existing[0].status !== 'removed') throw eventConflict('alreadyListed', undefined, 'email');
      const [row] = await upsert(m, eventId, [invitee]);
      await auditEvents(m, 'event_invitation', existing[0] ? 'update' : 'create', [
        { id: row!.id, before: existing[0] ? { status: 'removed' } : {}, after: { eventId, status: 'listed', email: invitee.email } },
      ]);
      return row!.id;
    });
    return this.item(eventId, id);
  }

  async remove(eventId: string, invitationId: string): Promise<void> {
    let promoted = 0;
    await this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId, true);
      assertEventChangeable(event, this.config.now());
      const rows: { status: string }[] = await m.query(`SELECT status FROM event_invitations WHERE id = $1 AND event_id = $2 FOR UPDATE`, [invitationId, eventId]);
      const current = rows[0];
      if (!current) throw new AppError(404, ErrorCode.NotFound);
      if (current.status === 'removed') return;
      await m.query(`UPDATE event_invitations SET status = 'removed', waitlist_seq = NULL, updated_at = now() WHERE id = $1`, [invitationId]);
      await revokeTokens(m, invitationId);
      await auditEvents(m, 'event_invitation', 'update', [{ id: invitationId, before: { status: current.status }, after: { status: 'removed' } }]);
      // A freed seat goes to the next on the waiting list, with their mail, in this same transaction.
      if (current.status === 'accepted') promoted = await promoteFromWaitlist(m, { mail: this.mail, config: this.config }, event);
    });
    if (promoted) this.mail.afterCommit();
  }

  async list(eventId: string, query: InvitationListQuery): Promise<InvitationPage> {
    const m = this.dataSource.manager;
    await loadEvent(m, eventId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const params: unknown[] = [eventId];
    const where: string[] = [];
    if (query.status) {
      params.push(query.status);
      where.push(`i.status = $${params.length}`);
    } else where.push(`i.status <> 'removed'`);
    if (query.q?.trim()) {
      params.push(containsPattern(query.q.trim()));
      where.push(`(i.name ILIKE $${params.length} OR i.email ILIKE $${params.length})`);
    }
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
    const order = `${SORT_COLUMNS[query.sort ?? 'name']} ${dir} NULLS LAST, lower(i.name), i.id`;
    const rows: InvitationRow[] = await m.query(
      `${LIST_CTE} SELECT ${INVITATION_COLUMNS}, i.waitlist_position FROM i ${whereSql} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ total }]: { total: number }[] = await m.query(`${LIST_CTE} SELECT count(*)::int AS total FROM i ${whereSql}`, params);
    return { items: rows.map(toInvitationItem), total, page, pageSize };
  }

  async item(eventId: string, invitationId: string): Promise<InvitationItem> {
    const rows: InvitationRow[] = await this.dataSource.query(`${LIST_CTE} SELECT ${INVITATION_COLUMNS}, i.waitlist_position FROM i WHERE i.id = $2`, [eventId, invitationId]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return toInvitationItem(rows[0]);
  }

  /** What the criteria select, merged by address, and who of them is not on the list yet (removed people count as new). */
  private async select(m: EntityManager, event: EventRecord, criteria: InvitationCriteria): Promise<Selection> {
    if (!hasCriteria(criteria)) return { invitees: [], withoutEmail: 0, toAdd: [], bySource: {} };
    const { candidates, bySource } = await criteriaCandidates(m, event, criteria, { today: this.config.today(), timeZone: this.config.timeZone });
    const { invitees, withoutEmail } = mergeCandidates(candidates);
    const listedRows: { email_key: string }[] = await m.query(`SELECT email_key FROM event_invitations WHERE event_id = $1 AND status <> 'removed'`, [event.id]);
    const listed = new Set(listedRows.map((r) => r.email_key));
    const counts: Partial<Record<InvitationSource, number>> = {};
    for (const [source, cs] of Object.entries(bySource) as [InvitationSource, Candidate[]][]) {
      const merged = mergeCandidates(cs);
      counts[source] = merged.invitees.length + merged.withoutEmail;
    }
    return { invitees, withoutEmail, toAdd: invitees.filter((i) => !listed.has(i.emailKey)), bySource: counts };
  }

  private async manualCandidate(m: EntityManager, kind: ManualKind, dto: ManualInvitee): Promise<Candidate> {
    if (kind === 'volunteer') {
      const rows: { email: string | null; name: string; locale: string }[] = await m.query(
        `SELECT COALESCE(v.email, u.email) AS email, trim(v.first_name || ' ' || v.last_name) AS name, COALESCE(u.locale, v.mail_locale, 'de') AS locale
           FROM volunteers v LEFT JOIN users u ON u.id = v.user_id WHERE v.id = $1`,
        [dto.volunteerId],
      );
      if (!rows[0]) throw eventProblemsError([{ field: 'volunteerId', rule: 'unknownPerson' }]);
      return { ...rows[0], source: 'manual', volunteerId: dto.volunteerId! };
    }
    if (kind === 'contact') {
      const rows: { email: string | null; name: string }[] = await m.query(`SELECT email, name FROM organisation_contacts WHERE id = $1`, [dto.contactId]);
      if (!rows[0]) throw eventProblemsError([{ field: 'contactId', rule: 'unknownPerson' }]);
      return { ...rows[0], source: 'manual', contactId: dto.contactId!, locale: null };
    }
    return { email: dto.email!, name: dto.name!.trim(), source: 'manual', locale: dto.locale ?? 'de' };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): boolean => typeof v === 'string' && UUID.test(v);

type ManualKind = 'volunteer' | 'contact' | 'guest';

const filled = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** Exactly one way to name the person; every wrong field at once. */
function manualProblems(dto: ManualInvitee): ManualKind {
  const kinds: ManualKind[] = [];
  if (filled(dto.volunteerId)) kinds.push('volunteer');
  if (filled(dto.contactId)) kinds.push('contact');
  if (filled(dto.name) || filled(dto.email)) kinds.push('guest');
  const problems: ParamProblem[] = [];
  if (kinds.length > 1) problems.push({ field: kinds[0] === 'volunteer' ? 'volunteerId' : 'contactId', rule: 'onePerson' });
  const kind = kinds[0] ?? 'guest';
  if (kind === 'volunteer' && !isUuid(dto.volunteerId)) problems.push({ field: 'volunteerId', rule: 'uuid' });
  if (kind === 'contact' && !isUuid(dto.contactId)) problems.push({ field: 'contactId', rule: 'uuid' });
  if (kind === 'guest') {
    if (!filled(dto.name)) problems.push({ field: 'name', rule: 'required' });
    else if (typeof dto.name !== 'string') problems.push({ field: 'name', rule: 'type', params: { expected: 'string' } });
    else if ([...dto.name.trim()].length > MAX_NAME) problems.push({ field: 'name', rule: 'maxLength', params: { max: MAX_NAME } });
    if (!filled(dto.email)) problems.push({ field: 'email', rule: 'required' });
    else if (emailKeyOf(dto.email) === null) problems.push({ field: 'email', rule: 'email' });
    if (filled(dto.locale) && !(MAIL_LOCALES as readonly unknown[]).includes(dto.locale)) problems.push({ field: 'locale', rule: 'oneOf' });
  }
  if (problems.length) throw eventProblemsError(problems);
  return kind;
}

function checkCriteria(criteria: InvitationCriteria | undefined): void {
  const problems: ParamProblem[] = criteria === undefined || criteria === null ? [{ field: 'criteria', rule: 'required' }] : criteriaProblems(criteria);
  if (problems.length) throw eventProblemsError(problems);
}

async function upsert(m: EntityManager, eventId: string, invitees: MergedInvitee[]): Promise<{ id: string; emailKey: string }[]> {
  // Sources in the contract's order, so the same person always shows them the same way.
  const ordered = (sources: InvitationSource[]) => INVITATION_SOURCES.filter((s) => sources.includes(s)).join(',');
  return m.query(UPSERT, [
    eventId,
    invitees.map((i) => i.emailKey),
    invitees.map((i) => i.email),
    invitees.map((i) => i.name),
    invitees.map((i) => i.locale),
    invitees.map((i) => i.volunteerId),
    invitees.map((i) => i.contactId),
    invitees.map((i) => ordered(i.sources)),
    [...INVITATION_SOURCES],
  ]);
}
