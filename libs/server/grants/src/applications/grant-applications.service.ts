import '../messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAIL_LOCALES, ErrorCode, type GrantApplicationData, type GrantApplicationListItem, type GrantApplicationStatus, type MailLocale, type Page,
} from '@miteinander/contracts';
import { draftShapeProblems, grantReference, isEditableByApplicant, nextStatus, submissionProblems, type GrantProblem } from '@miteinander/domain-grants';
import { AppError, AuditEntry, auditDiff, containsPattern, MailService, requestContext } from '@miteinander/server-platform';
import { CALL_COLUMNS, callInputOf, type CallRow } from '../calls/grant-calls.service';
import { GrantsConfig } from '../grants-config';
import { openBankDetails, sealBankDetails } from './bank-details';
import { grantConflict, grantProblemsError } from '../problems';

/** The applicant's page in the web app for one application. */
export const MY_GRANT_PATH = (id: string) => `my-grants/${id}`;

/** Bank details say that they changed in the audit trail, not to what. */
const REDACTED = new Set(['iban', 'accountHolder']);

export const GRANT_APPLICATION_SORT_FIELDS = ['submittedAt', 'title', 'requestedCents', 'status', 'reportDue'] as const;
export type GrantApplicationSortField = (typeof GRANT_APPLICATION_SORT_FIELDS)[number];

const SORT_COLUMNS: Record<GrantApplicationSortField, string> = {
  submittedAt: 'a.submitted_at',
  title: `lower(a.data->>'title')`,
  requestedCents: 'a.requested_cents',
  status: 'a.status',
  reportDue: 'a.report_due',
};

export interface GrantApplicationListQuery {
  callId?: string;
  status?: GrantApplicationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: GrantApplicationSortField;
  dir?: 'asc' | 'desc';
}

interface ListRow {
  id: string;
  reference: string | null;
  call_id: string;
  call_title: string;
  data: GrantApplicationData;
  applicant_id: string;
  applicant_name: string;
  status: GrantApplicationStatus;
  requested_cents: number | null;
  approved_cents: number | null;
  submitted_at: Date | null;
  report_due: string | null;
  updated_at: Date;
}

const LIST_FROM = `FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id JOIN users u ON u.id = a.applicant_id`;
const LIST_SELECT = `SELECT a.id, a.reference, a.call_id, c.title AS call_title, a.data, a.applicant_id, u.display_name AS applicant_name, a.status,
  a.requested_cents, a.approved_cents, a.submitted_at, to_char(a.report_due, 'YYYY-MM-DD') AS report_due, a.updated_at ${LIST_FROM}`;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function toListItem(r: ListRow): GrantApplicationListItem {
  const d = r.data ?? {};
  return {
    id: r.id,
    reference: r.reference,
    callId: r.call_id,
    callTitle: r.call_title,
    title: text(d.title),
    applicant: { id: r.applicant_id, name: r.applicant_name },
    organisationName: text(d.organisationName),
    municipalityId: Number.isInteger(d.municipalityId) ? d.municipalityId! : null,
    fieldOfAction: typeof d.fieldOfAction === 'string' ? d.fieldOfAction : null,
    status: r.status,
    requestedCents: r.requested_cents,
    approvedCents: r.approved_cents,
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    reportDue: r.report_due,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

interface LockedApplication {
  id: string;
  call_id: string;
  applicant_id: string;
  reference: string | null;
  status: GrantApplicationStatus;
  version: number;
  data: GrantApplicationData;
}

/**
 * An applicant's applications: a draft in an open call, autosaved as often as the form likes (only the shape is
 * checked then), submitted when every rule holds (all problems at once), withdrawn until the decision. Another
 * person's application is answered like a missing one (404).
 */
@Injectable()
export class GrantApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: GrantsConfig,
  ) {}

  async createDraft(applicantId: string, callId: string): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const call = await this.call(m, callId, 'FOR SHARE');
      if (!call) throw new AppError(404, ErrorCode.NotFound);
      this.assertCallAccepts(call);
      const rows: { id: string }[] = await m.query(`INSERT INTO grant_applications (call_id, applicant_id) VALUES ($1, $2) RETURNING id`, [callId, applicantId]);
      const id = rows[0]!.id;
      await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'create', entity: 'grant_application', entityId: id, diff: auditDiff({}, { callId, status: 'draft' }) as never });
      return id;
    });
  }

  async saveDraft(applicantId: string, id: string, data: unknown): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.lockOwn(m, applicantId, id);
      if (!isEditableByApplicant(a.status)) throw grantConflict('notEditable');
      const problems = draftShapeProblems(data);
      if (problems.length) throw grantProblemsError(problems);
      const form = data as GrantApplicationData;
      await m.query(`UPDATE grant_applications SET data = $2::jsonb, requested_cents = $3, updated_at = now() WHERE id = $1`, [id, JSON.stringify(sealBankDetails(form)), form.requestedCents ?? null]);
      await this.audit(m, id, { ...a.data }, { ...form });
    });
  }

  async submit(applicantId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.lockOwn(m, applicantId, id);
      if (nextStatus(a.status, 'submit') === null) throw grantConflict(isEditableByApplicant(a.status) ? 'notEditable' : 'alreadySubmitted');
      const call = (await this.call(m, a.call_id, 'FOR SHARE'))!;
      const problems = submissionProblems(callInputOf(call), a.data, { today: this.config.today(), callStatus: call.status }).map((p) => withPauseReason(p, call));
      if (problems.length) throw grantProblemsError(problems);
      const version = a.version + 1;
      await m.query(`INSERT INTO grant_application_versions (application_id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(sealBankDetails(a.data))]);
      const reference = a.reference ?? (await this.nextReference(m, call.year));
      await m.query(
        `UPDATE grant_applications SET status = 'submitted', version = $2, reference = $3, requested_cents = $4, submitted_at = now(), updated_at = now() WHERE id = $1`,
        [id, version, reference, a.data.requestedCents ?? null],
      );
      await this.audit(m, id, { status: a.status, version: a.version, reference: a.reference }, { status: 'submitted', version, reference });
      const to = await applicantRecipient(m, a.applicant_id);
      await this.mail.queue(m, {
        template: 'grant-submitted',
        to: to.email,
        locale: to.locale,
        vars: { name: to.name, title: a.data.title ?? '', reference, link: this.mail.link(MY_GRANT_PATH(id), {}) },
      });
    });
    this.mail.afterCommit();
  }

  async withdraw(applicantId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.lockOwn(m, applicantId, id);
      if (nextStatus(a.status, 'withdraw') === null) throw grantConflict('notWithdrawable');
      await m.query(`UPDATE grant_applications SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [id]);
      await this.audit(m, id, { status: a.status }, { status: 'withdrawn' });
    });
  }

  /** Coordinators' list; drafts are the applicants' own business until submitted, so they are left out unless asked for. */
  async list(query: GrantApplicationListQuery): Promise<Page<GrantApplicationListItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.callId) {
      params.push(query.callId);
      where.push(`a.call_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`a.status = $${params.length}`);
    } else where.push(`a.status <> 'draft'`);
    if (query.q?.trim()) {
      params.push(containsPattern(query.q.trim()));
      const p = `$${params.length}`;
      where.push(`(a.data->>'title' ILIKE ${p} OR a.data->>'organisationName' ILIKE ${p} OR a.reference ILIKE ${p})`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const dir = query.dir === 'asc' ? 'ASC' : 'DESC';
    const order = `${SORT_COLUMNS[query.sort ?? 'submittedAt']} ${dir} NULLS LAST, a.created_at DESC, a.id`;
    const rows: ListRow[] = await this.dataSource.query(`${LIST_SELECT} ${whereSql} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${LIST_FROM} ${whereSql}`, params);
    return { items: rows.map(toListItem), total, page, pageSize };
  }

  async myApplications(applicantId: string): Promise<GrantApplicationListItem[]> {
    const rows: ListRow[] = await this.dataSource.query(`${LIST_SELECT} WHERE a.applicant_id = $1 ORDER BY a.updated_at DESC, a.id`, [applicantId]);
    return rows.map(toListItem);
  }

  /** A new draft needs an open call before its deadline; a paused call says why it is paused. */
  private assertCallAccepts(call: CallRow): void {
    if (call.status === 'paused') throw grantConflict('callPaused', { reason: call.pause_reason ?? '' }, 'call');
    if (call.status === 'draft') throw grantConflict('callNotOpen', undefined, 'call');
    if (call.status === 'closed') throw grantConflict('callClosed', undefined, 'call');
    if (this.config.today() > call.deadline) throw grantConflict('deadlinePassed', { deadline: call.deadline }, 'call');
  }

  private async call(m: EntityManager, id: string, lock: 'FOR SHARE' | 'FOR UPDATE'): Promise<CallRow | undefined> {
    const rows: CallRow[] = await m.query(`SELECT ${CALL_COLUMNS} FROM grant_calls c WHERE c.id = $1 ${lock}`, [id]);
    return rows[0];
  }

  /** Own application under a row lock, so a double click submits once and an autosave cannot race the submission. */
  private async lockOwn(m: EntityManager, applicantId: string, id: string): Promise<LockedApplication> {
    const rows: LockedApplication[] = await m.query(
      `SELECT id, call_id, applicant_id, reference, status, version, data FROM grant_applications WHERE id = $1 AND applicant_id = $2 FOR UPDATE`,
      [id, applicantId],
    );
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return { ...rows[0], data: openBankDetails(rows[0].data) };
  }

  /** The year's running number; the upsert holds the counter row's lock until commit, so numbers follow submission order. */
  private async nextReference(m: EntityManager, year: number): Promise<string> {
    const rows: { issued: number }[] = await m.query(
      `INSERT INTO grant_year_counters (year, issued) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET issued = grant_year_counters.issued + 1 RETURNING issued`,
      [year],
    );
    return grantReference(year, rows[0]!.issued);
  }

  private async audit(m: EntityManager, id: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
    const diff = auditDiff(before, after, REDACTED);
    if (Object.keys(diff).length === 0) return;
    await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'update', entity: 'grant_application', entityId: id, diff: diff as never });
  }
}

/** The pause reason belongs in the message: applicants need to know why they cannot submit now. */
function withPauseReason(p: GrantProblem, call: CallRow): GrantProblem {
  return p.rule === 'callPaused' ? { ...p, params: { ...p.params, reason: call.pause_reason ?? '' } } : p;
}

export interface ApplicantRecipient {
  name: string;
  email: string;
  locale: MailLocale;
}

/** Applicants are accounts: their mail goes to the account's address in the account's language. */
export async function applicantRecipient(m: EntityManager, userId: string): Promise<ApplicantRecipient> {
  const [u]: { display_name: string; email: string; locale: string }[] = await m.query(`SELECT display_name, email, locale FROM users WHERE id = $1`, [userId]);
  const locale = (MAIL_LOCALES as readonly string[]).includes(u?.locale ?? '') ? (u!.locale as MailLocale) : 'de';
  return { name: u?.display_name ?? '', email: u?.email ?? '', locale };
}
