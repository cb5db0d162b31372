import '../messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type GrantCallInput, type GrantCallStatus, type GrantCallStatusRequest, type GrantCallView, type OpenGrantCall } from '@miteinander/contracts';
import { callProblems, defaultCallInput, problem, remainingCents } from '@miteinander/domain-grants';
import { AppError, AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { GrantsConfig } from '../grants-config';
import { grantConflict, grantProblemsError } from '../problems';

export interface CallRow {
  id: string;
  year: number;
  title: string;
  total_budget_cents: string | number;
  approved_cents: string | number;
  max_per_project_cents: number;
  max_per_language_course_cents: number;
  deadline: string;
  min_lead_days: number;
  fields_of_action: GrantCallInput['fieldsOfAction'];
  project_areas: GrantCallInput['projectAreas'];
  criteria: GrantCallInput['criteria'];
  report_months: number;
  status: GrantCallStatus;
  pause_reason: string | null;
  created_at: Date;
  application_count?: number;
}

/** `deadline` as yyyy-mm-dd text, whatever the driver makes of a date column. */
export const CALL_COLUMNS = `c.id, c.year, c.title, c.total_budget_cents, c.approved_cents, c.max_per_project_cents, c.max_per_language_course_cents,
  to_char(c.deadline, 'YYYY-MM-DD') AS deadline, c.min_lead_days, c.fields_of_action, c.project_areas, c.criteria, c.report_months, c.status,
  c.pause_reason, c.created_at`;

const SELECT_WITH_COUNT = `SELECT ${CALL_COLUMNS},
  (SELECT count(*)::int FROM grant_applications a WHERE a.call_id = c.id AND a.status <> 'draft') AS application_count
  FROM grant_calls c`;

export function callInputOf(r: CallRow): GrantCallInput {
  return {
    year: r.year,
    title: r.title,
    totalBudgetCents: Number(r.total_budget_cents),
    maxPerProjectCents: r.max_per_project_cents,
    maxPerLanguageCourseCents: r.max_per_language_course_cents,
    deadline: r.deadline,
    minLeadDays: r.min_lead_days,
    fieldsOfAction: r.fields_of_action,
    projectAreas: r.project_areas,
    criteria: r.criteria,
    reportMonths: r.report_months,
  };
}

export function toCallView(r: CallRow): GrantCallView {
  const input = callInputOf(r);
  const approved = Number(r.approved_cents);
  return {
    id: r.id,
    ...input,
    status: r.status,
    pauseReason: r.pause_reason,
    approvedCents: approved,
    remainingCents: remainingCents(input.totalBudgetCents, approved),
    applicationCount: r.application_count ?? 0,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export function toOpenCall(r: CallRow): OpenGrantCall {
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status,
    pauseReason: r.pause_reason,
    deadline: r.deadline,
    maxPerProjectCents: r.max_per_project_cents,
    maxPerLanguageCourseCents: r.max_per_language_course_cents,
    minLeadDays: r.min_lead_days,
    fieldsOfAction: r.fields_of_action,
    projectAreas: r.project_areas,
  };
}

/** Which status may follow which: a paused call opens again, a closed one stays closed. */
const NEXT_STATUS: Record<GrantCallStatus, readonly GrantCallStatus[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'closed'],
  // Paused again: the coordinator updates the reason applicants see.
  paused: ['open', 'paused', 'closed'],
  closed: [],
};

const EDITABLE: readonly GrantCallStatus[] = ['draft', 'open', 'paused'];

/**
 * Funding calls: the coordinator sets one up as a draft (the programme's defaults fill what is not given), opens,
 * pauses (with a reason applicants see) and closes it. The budget row is also what approvals lock.
 */
@Injectable()
export class GrantCallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GrantsConfig,
  ) {}

  async create(actorId: string, dto: Partial<GrantCallInput>): Promise<GrantCallView> {
    const year = typeof dto.year === 'number' && Number.isInteger(dto.year) ? dto.year : Number(this.config.today().slice(0, 4));
    const input = { ...defaultCallInput(year), ...stripUndefined(dto) };
    const problems = callProblems(input);
    if (problems.length) throw grantProblemsError(problems);
    const id = await this.dataSource.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO grant_calls (year, title, total_budget_cents, max_per_project_cents, max_per_language_course_cents, deadline, min_lead_days,
                                  fields_of_action, project_areas, criteria, report_months, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11, 'draft', $12) RETURNING id`,
        [...inputParams(input), actorId],
      );
      const created = rows[0]!.id;
      await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'create', entity: 'grant_call', entityId: created, diff: auditDiff({}, { ...input }) as never });
      return created;
    });
    return this.get(id);
  }

  async update(id: string, dto: Partial<GrantCallInput>): Promise<GrantCallView> {
    await this.dataSource.transaction(async (m) => {
      const current = await this.lock(m, id);
      if (!EDITABLE.includes(current.status)) throw grantConflict('callNotEditable');
      const before = callInputOf(current);
      const input = { ...before, ...stripUndefined(dto) };
      const problems = callProblems(input);
      if (problems.length) throw grantProblemsError(problems);
      const approved = Number(current.approved_cents);
      // The CHECK would refuse it too; this says why in words.
      if (input.totalBudgetCents < approved) throw grantConflict('budgetBelowApproved', { amount: approved }, 'totalBudgetCents');
      await m.query(
        `UPDATE grant_calls SET year = $1, title = $2, total_budget_cents = $3, max_per_project_cents = $4, max_per_language_course_cents = $5, deadline = $6,
                min_lead_days = $7, fields_of_action = $8::jsonb, project_areas = $9::jsonb, criteria = $10::jsonb, report_months = $11, updated_at = now()
          WHERE id = $12`,
        [...inputParams(input), id],
      );
      await auditUpdate(m, 'grant_call', id, { ...before }, { ...input });
    });
    return this.get(id);
  }

  async setStatus(id: string, dto: GrantCallStatusRequest): Promise<GrantCallView> {
    const reason = typeof dto.reason === 'string' ? dto.reason.trim() : '';
    if (dto.status === 'paused' && !reason) throw grantProblemsError([problem('reason', 'required')]);
    await this.dataSource.transaction(async (m) => {
      const current = await this.lock(m, id);
      if (!NEXT_STATUS[current.status].includes(dto.status)) throw grantConflict('callStatusNotAllowed');
      const pauseReason = dto.status === 'paused' ? reason : null;
      await m.query(`UPDATE grant_calls SET status = $2, pause_reason = $3, updated_at = now() WHERE id = $1`, [id, dto.status, pauseReason]);
      await auditUpdate(m, 'grant_call', id, { status: current.status, pauseReason: current.pause_reason }, { status: dto.status, pauseReason });
    });
    return this.get(id);
  }

  async list(): Promise<GrantCallView[]> {
    const rows: CallRow[] = await this.dataSource.query(`${SELECT_WITH_COUNT} ORDER BY c.year DESC, c.created_at DESC`);
    return rows.map(toCallView);
  }

  async get(id: string, m: EntityManager = this.dataSource.manager): Promise<GrantCallView> {
    const rows: CallRow[] = await m.query(`${SELECT_WITH_COUNT} WHERE c.id = $1`, [id]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return toCallView(rows[0]);
  }

  /** What applicants see: open calls and paused ones (with the reason), soonest deadline first. */
  async openCalls(): Promise<OpenGrantCall[]> {
    const rows: CallRow[] = await this.dataSource.query(`SELECT ${CALL_COLUMNS} FROM grant_calls c WHERE c.status IN ('open', 'paused') ORDER BY c.deadline, c.title`);
    return rows.map(toOpenCall);
  }

  private async lock(m: EntityManager, id: string): Promise<CallRow> {
    const rows: CallRow[] = await m.query(`SELECT ${CALL_COLUMNS} FROM grant_calls c WHERE c.id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0];
  }
}

function inputParams(c: GrantCallInput): unknown[] {
  return [
    c.year, c.title.trim(), c.totalBudgetCents, c.maxPerProjectCents, c.maxPerLanguageCourseCents, c.deadline, c.minLeadDays,
    JSON.stringify(c.fieldsOfAction), JSON.stringify(c.projectAreas), JSON.stringify(c.criteria), c.reportMonths,
  ];
}

/** A DTO instance carries every declared property, absent ones as undefined: those must not overwrite defaults. */
function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
