import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type CostLine, type GrantReportInput, type GrantReportView } from '@miteinander/contracts';
import { nextStatus, reportProblems } from '@miteinander/domain-grants';
import { AppError, MailService } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { applicantRecipient, lockGrant, moveGrant, type LockedGrant } from '../payments/payments.service';
import { grantConflict, grantProblemsError } from '../problems';
import './messages';

interface ReportRow {
  status: GrantReportView['status'];
  narrative: string;
  actual_costs: GrantReportInput['actualCosts'];
  receipts: GrantReportInput['receipts'];
  participants_refugees: number | null;
  participants_locals: number | null;
  submitted_at: Date | null;
  correction_comment: string | null;
}

const REPORT_COLUMNS = `status, narrative, actual_costs, receipts, participants_refugees, participants_locals, submitted_at, correction_comment`;

/** The stored draft as the rules see it: participant numbers not entered yet stay missing. */
const inputOf = (r: ReportRow): Partial<GrantReportInput> => ({
  narrative: r.narrative,
  actualCosts: r.actual_costs,
  receipts: r.receipts,
  ...(r.participants_refugees === null ? {} : { participantsRefugees: r.participants_refugees }),
  ...(r.participants_locals === null ? {} : { participantsLocals: r.participants_locals }),
});

/**
 * The final report (Verwendungsnachweis): the applicant saves drafts once money has been paid and files it; the
 * coordinator accepts it (the project is closed) or asks for corrections with a comment. Row lock on the application.
 */
@Injectable()
export class FinalReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async save(userId: string, applicationId: string, input: unknown): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.ownReportable(m, userId, applicationId);
      const problems = reportProblems(input, await planLines(m, a.id), 'draft');
      if (problems.length) throw grantProblemsError(problems);
      await this.upsert(m, a.id, input as Partial<GrantReportInput>);
    });
  }

  /** Files the saved draft; a body with fields replaces the draft first (save and file in one step). */
  async submit(userId: string, applicationId: string, input: unknown): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.ownReportable(m, userId, applicationId);
      const given = input && typeof input === 'object' && Object.keys(input).length > 0;
      const stored = await this.row(m, a.id);
      const report = given ? input : stored ? inputOf(stored) : {};
      const problems = reportProblems(report, await planLines(m, a.id), 'submit');
      if (problems.length) throw grantProblemsError(problems);
      if (given) await this.upsert(m, a.id, input as Partial<GrantReportInput>);
      await m.query(`UPDATE grant_reports SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE application_id = $1`, [a.id]);
      await auditUpdate(m, 'grant_report', a.id, { status: stored?.status ?? 'draft' }, { status: 'submitted' });
      await moveGrant(m, a, nextStatus(a.status, 'submitReport')!);
    });
  }

  async check(actorId: string, applicationId: string, dto: { accept: boolean; comment?: string }): Promise<void> {
    const comment = dto.comment?.trim() || null;
    await this.dataSource.transaction(async (m) => {
      const a = await lockGrant(m, applicationId);
      if (a.status !== 'report_submitted') throw grantConflict('reportNotSubmitted');
      if (!dto.accept && !comment) throw grantProblemsError([{ field: 'comment', rule: 'required' }]);
      const status = dto.accept ? 'accepted' : 'corrections_requested';
      await m.query(`UPDATE grant_reports SET status = $2, correction_comment = $3, checked_by = $4, checked_at = now(), updated_at = now() WHERE application_id = $1`, [
        a.id, status, dto.accept ? null : comment, actorId,
      ]);
      await auditUpdate(m, 'grant_report', a.id, { status: 'submitted' }, { status, correctionComment: dto.accept ? null : comment });
      await moveGrant(m, a, nextStatus(a.status, dto.accept ? 'closeReport' : 'requestCorrections')!, { closed: dto.accept });
      const r = await applicantRecipient(m, a.applicant_id);
      if (!r.email) return;
      if (dto.accept) {
        await this.mail.queue(m, { template: 'grant-report-accepted', to: r.email, locale: r.locale, vars: { name: r.name, title: a.title, link: this.mail.link(`my-grants/${a.id}`, {}) } });
      } else {
        await this.mail.queue(m, {
          template: 'grant-report-corrections',
          to: r.email,
          locale: r.locale,
          vars: { name: r.name, title: a.title, comment: comment!, link: this.mail.link(`my-grants/${a.id}/report`, {}) },
        });
      }
    });
    this.mail.afterCommit();
  }

  /** Own application (else 404), in a state where the report can be written: after a payment, not while being checked. */
  private async ownReportable(m: EntityManager, userId: string, applicationId: string): Promise<LockedGrant> {
    const a = await lockGrant(m, applicationId);
    if (a.applicant_id !== userId) throw new AppError(404, ErrorCode.NotFound);
    if (nextStatus(a.status, 'submitReport')) return a;
    const [{ paid }]: { paid: number }[] = await m.query(`SELECT count(*)::int AS paid FROM grant_payments WHERE application_id = $1 AND paid_on IS NOT NULL`, [a.id]);
    throw grantConflict(paid === 0 ? 'reportNotYet' : 'reportNotEditable');
  }

  private async row(m: EntityManager, applicationId: string): Promise<ReportRow | undefined> {
    const [r]: ReportRow[] = await m.query(`SELECT ${REPORT_COLUMNS} FROM grant_reports WHERE application_id = $1`, [applicationId]);
    return r;
  }

  /** PUT semantics: what is not given goes back to empty. */
  private async upsert(m: EntityManager, applicationId: string, r: Partial<GrantReportInput>): Promise<void> {
    const before = await this.row(m, applicationId);
    const after = {
      narrative: r.narrative ?? '',
      actualCosts: r.actualCosts ?? [],
      receipts: r.receipts ?? [],
      participantsRefugees: r.participantsRefugees ?? null,
      participantsLocals: r.participantsLocals ?? null,
    };
    await m.query(
      `INSERT INTO grant_reports (application_id, narrative, actual_costs, receipts, participants_refugees, participants_locals)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)
       ON CONFLICT (application_id) DO UPDATE SET narrative = EXCLUDED.narrative, actual_costs = EXCLUDED.actual_costs, receipts = EXCLUDED.receipts,
         participants_refugees = EXCLUDED.participants_refugees, participants_locals = EXCLUDED.participants_locals, updated_at = now()`,
      [applicationId, after.narrative, JSON.stringify(after.actualCosts), JSON.stringify(after.receipts), after.participantsRefugees, after.participantsLocals],
    );
    await auditUpdate(m, 'grant_report', applicationId, before ? inputOf(before) as unknown as Record<string, unknown> : {}, after);
  }
}

async function planLines(m: EntityManager, applicationId: string): Promise<CostLine[]> {
  const [row]: { lines: CostLine[] | null }[] = await m.query(`SELECT data->'costLines' AS lines FROM grant_applications WHERE id = $1`, [applicationId]);
  return Array.isArray(row?.lines) ? row.lines : [];
}
