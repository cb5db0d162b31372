import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type Page, type PrivacyRequestView, type PrivacySubjectType } from '@miteinander/contracts';
import { AppError, AuditEntry, invalid } from '@miteinander/server-platform';
import { subjectLabel } from '../export/person';
import type { OwnErasureRequestDto, PrivacyRequestCloseDto, PrivacyRequestDto, PrivacyRequestListQuery } from './privacy-requests.dto';

interface RequestRow {
  id: string;
  kind: PrivacyRequestView['kind'];
  subject_type: PrivacySubjectType;
  subject_id: string | null;
  label: string;
  received_on: string;
  due_on: string;
  status: PrivacyRequestView['status'];
  logged_by: PrivacyRequestView['loggedBy'];
  note: string | null;
  done_at: Date | null;
  outcome: string | null;
}

/** The subject's current name while the record exists; the stored label once it is gone. */
const VIEW_SQL = `
  SELECT r.id, r.kind, r.subject_type, r.subject_id,
         coalesce(CASE r.subject_type WHEN 'volunteer' THEN v.first_name || ' ' || v.last_name WHEN 'user' THEN u.display_name ELSE b.name END, r.subject_label) AS label,
         to_char(r.received_on, 'YYYY-MM-DD') AS received_on, to_char(r.due_on, 'YYYY-MM-DD') AS due_on,
         r.status, r.logged_by, r.note, r.done_at, r.outcome
    FROM privacy_requests r
    LEFT JOIN volunteers v ON r.subject_type = 'volunteer' AND v.id = r.subject_id
    LEFT JOIN users u ON r.subject_type = 'user' AND u.id = r.subject_id
    LEFT JOIN beneficiaries b ON r.subject_type = 'beneficiary' AND b.id = r.subject_id`;

export const toView = (r: RequestRow): PrivacyRequestView => ({
  id: r.id,
  kind: r.kind,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  subjectLabel: r.label,
  receivedOn: r.received_on,
  dueOn: r.due_on,
  status: r.status,
  loggedBy: r.logged_by,
  note: r.note,
  doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
  outcome: r.outcome,
});

const notFound = () => new AppError(404, ErrorCode.NotFound);

/** Art. 15/17 requests: logged by coordinators or by the person, answered within a month (Art. 12(3)). */
@Injectable()
export class PrivacyRequestsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(q: PrivacyRequestListQuery): Promise<Page<PrivacyRequestView>> {
    const params: unknown[] = [q.status ?? null, q.pageSize, (q.page - 1) * q.pageSize];
    const where = `WHERE ($1::text IS NULL OR r.status = $1)`;
    const [rows, [{ total }]]: [RequestRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${VIEW_SQL} ${where} ORDER BY r.due_on, r.created_at, r.id LIMIT $2 OFFSET $3`, params),
      this.dataSource.query(`SELECT count(*)::int AS total FROM privacy_requests r ${where}`, [params[0]]),
    ]);
    return { items: rows.map(toView), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<PrivacyRequestView> {
    const rows: RequestRow[] = await m.query(`${VIEW_SQL} WHERE r.id = $1`, [id]);
    if (!rows[0]) throw notFound();
    return toView(rows[0]);
  }

  async create(dto: PrivacyRequestDto, actorId: string): Promise<PrivacyRequestView> {
    const [{ future }]: { future: boolean }[] = await this.dataSource.query(`SELECT $1::date > (now() AT TIME ZONE 'Europe/Berlin')::date AS future`, [dto.receivedOn]);
    const label = await subjectLabel(this.dataSource.manager, dto.subjectType, dto.subjectId);
    const problems = [...(future ? [{ field: 'receivedOn', rule: 'date_in_future' }] : []), ...(label === null ? [{ field: 'subjectId', rule: 'subject_not_found' }] : [])];
    if (problems.length) throw invalid(...problems);
    return this.insert({ ...dto, label: label!, loggedBy: 'staff', actorId, receivedOn: dto.receivedOn });
  }

  /** The person asks for erasure of their own account (and the volunteer profile behind it). */
  async requestOwnErasure(user: { id: string; displayName: string }, dto: OwnErasureRequestDto): Promise<PrivacyRequestView> {
    const [{ today }]: { today: string }[] = await this.dataSource.query(`SELECT to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS today`);
    return this.insert({ kind: 'erasure', subjectType: 'user', subjectId: user.id, note: dto.note, label: user.displayName, loggedBy: 'self', actorId: user.id, receivedOn: today });
  }

  async close(id: string, dto: PrivacyRequestCloseDto, actorId: string): Promise<PrivacyRequestView> {
    return this.dataSource.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        // As a CTE: TypeORM answers a bare UPDATE with [rows, count], a SELECT with the rows.
        `WITH x AS (UPDATE privacy_requests SET status = $2, outcome = $3, done_at = now(), actor_id = $4 WHERE id = $1 AND status = 'open' RETURNING id) SELECT id FROM x`,
        [id, dto.rejected ? 'rejected' : 'done', dto.note, actorId],
      );
      if (!rows.length) {
        await this.get(id, m);
        throw new AppError(409, ErrorCode.StateConflict);
      }
      await m.getRepository(AuditEntry).insert({ actorId, action: 'update', entity: 'privacy_request', entityId: id, diff: { status: ['open', dto.rejected ? 'rejected' : 'done'] } });
      return this.get(id, m);
    });
  }

  private async insert(r: {
    kind: string;
    subjectType: PrivacySubjectType;
    subjectId: string;
    receivedOn: string;
    note?: string;
    label: string;
    loggedBy: 'staff' | 'self';
    actorId: string;
  }): Promise<PrivacyRequestView> {
    return this.dataSource.transaction(async (m) => {
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO privacy_requests (kind, subject_type, subject_id, subject_label, received_on, due_on, logged_by, note, actor_id)
         VALUES ($1, $2, $3, $4, $5::date, ($5::date + interval '1 month')::date, $6, $7, $8) RETURNING id`,
        [r.kind, r.subjectType, r.subjectId, r.label, r.receivedOn, r.loggedBy, r.note ?? null, r.actorId],
      );
      await m.getRepository(AuditEntry).insert({ actorId: r.actorId, action: 'create', entity: 'privacy_request', entityId: id, diff: null });
      return this.get(id, m);
    });
  }
}
