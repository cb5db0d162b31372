import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode, type ActualCost, type GrantApplicationData, type GrantApplicationStatus, type GrantApplicationView, type GrantAttachmentView,
  type GrantPaymentView, type GrantReportView, type GrantRevisionRequestView, type Receipt, type Role,
} from '@miteinander/contracts';
import { actualTotalCents, fundsToReturn, isEditableByApplicant, nextStatus, planTotals, requestLimitCents } from '@miteinander/domain-grants';
import { AppError, AuditEntry } from '@miteinander/server-platform';
import { CALL_COLUMNS, toOpenCall, type CallRow } from '../calls/grant-calls.service';
import { hasBankDetails, openBankDetails } from './bank-details';

export interface GrantViewer {
  userId: string;
  roles: readonly Role[];
}

export const isGrantStaff = (roles: readonly Role[]): boolean => roles.includes('coordinator') || roles.includes('admin');

interface ApplicationRow {
  id: string;
  call_id: string;
  applicant_id: string;
  applicant_name: string;
  reference: string | null;
  status: GrantApplicationStatus;
  version: number;
  data: GrantApplicationData;
  submitted_at: Date | null;
  approved_cents: number | null;
  conditions: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  report_due: string | null;
  updated_at: Date;
}

interface ReportRow {
  status: GrantReportView['status'];
  narrative: string;
  actual_costs: ActualCost[];
  receipts: Receipt[];
  participants_refugees: number | null;
  participants_locals: number | null;
  submitted_at: Date | null;
  correction_comment: string | null;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * One application as the person looking may see it, with what they may do next. The applicant sees only their
 * own (someone else's is answered exactly like a missing one); coordinators and admins see all.
 */
@Injectable()
export class ApplicationViewService {
  constructor(private readonly dataSource: DataSource) {}

  async view(applicationId: string, viewer: { userId: string; roles: readonly Role[] }, m: EntityManager = this.dataSource.manager): Promise<GrantApplicationView> {
    const rows: ApplicationRow[] = await m.query(
      `SELECT a.id, a.call_id, a.applicant_id, u.display_name AS applicant_name, a.reference, a.status, a.version, a.data, a.submitted_at, a.approved_cents,
              a.conditions, a.decision_reason, a.decided_at, to_char(a.report_due, 'YYYY-MM-DD') AS report_due, a.updated_at
         FROM grant_applications a JOIN users u ON u.id = a.applicant_id WHERE a.id = $1`,
      [applicationId],
    );
    const a = rows[0];
    const staff = isGrantStaff(viewer.roles);
    const owner = a?.applicant_id === viewer.userId;
    if (!a || (!owner && !staff)) throw new AppError(404, ErrorCode.NotFound);

    // One after the other: inside a caller's transaction the connection takes one query at a time.
    const calls: CallRow[] = await m.query(`SELECT ${CALL_COLUMNS} FROM grant_calls c WHERE c.id = $1`, [a.call_id]);
    const attachments = await this.attachments(m, a.id);
    const revision = await this.revision(m, a.id);
    const payments = await this.payments(m, a.id);
    const report: ReportRow[] = await m.query(
      `SELECT status, narrative, actual_costs, receipts, participants_refugees, participants_locals, submitted_at, correction_comment FROM grant_reports WHERE application_id = $1`,
      [a.id],
    );
    const call = calls[0]!;
    const data = openBankDetails(a.data ?? {});
    // Staff see someone else's bank details: who, when, which application and why; never the IBAN itself.
    if (!owner && hasBankDetails(data)) {
      await m.insert(AuditEntry, { actorId: viewer.userId, action: 'read', entity: 'grant_bank_details', entityId: a.id, diff: null, purpose: 'case_work' });
    }
    const totals = planTotals(data);
    const paidCents = payments.filter((p) => p.paidOn !== null).reduce((s, p) => s + p.amountCents, 0);
    const requestedSoFar = payments.reduce((s, p) => s + p.amountCents, 0);
    const can = (action: Parameters<typeof nextStatus>[1]) => nextStatus(a.status, action) !== null;

    return {
      id: a.id,
      reference: a.reference,
      call: toOpenCall(call),
      applicant: { id: a.applicant_id, name: a.applicant_name },
      status: a.status,
      version: a.version,
      data,
      computedRequestCents: totals.computedRequestCents,
      limitCents: requestLimitCents({ maxPerProjectCents: call.max_per_project_cents, maxPerLanguageCourseCents: call.max_per_language_course_cents, projectAreas: call.project_areas }, data.projectArea),
      attachments,
      revision,
      decision: a.decided_at
        ? {
            approved: a.status !== 'rejected' && a.approved_cents !== null,
            amountCents: a.approved_cents,
            conditions: a.conditions,
            reason: a.decision_reason,
            decidedAt: new Date(a.decided_at).toISOString(),
          }
        : null,
      payments,
      paidCents,
      reportDue: a.report_due,
      report: report[0] ? toReportView(report[0], paidCents, totals) : null,
      submittedAt: iso(a.submitted_at),
      updatedAt: new Date(a.updated_at).toISOString(),
      can: {
        edit: owner && isEditableByApplicant(a.status),
        submit: owner && can('submit'),
        withdraw: owner && can('withdraw'),
        requestPayment: owner && can('requestPayment') && (a.approved_cents ?? 0) > requestedSoFar,
        fileReport: owner && can('submitReport'),
        precheck: staff && can('accept'),
        decide: staff && can('approve'),
        markPaid: staff && can('markPaid'),
        checkReport: staff && can('closeReport'),
      },
    };
  }

  async attachments(m: EntityManager, applicationId: string): Promise<GrantAttachmentView[]> {
    const rows: { id: string; file_name: string; content_type: GrantAttachmentView['contentType']; size_bytes: number; uploaded_at: Date }[] = await m.query(
      `SELECT id, file_name, content_type, size_bytes, uploaded_at FROM grant_attachments WHERE application_id = $1 ORDER BY uploaded_at, id`,
      [applicationId],
    );
    return rows.map((r) => ({ id: r.id, fileName: r.file_name, contentType: r.content_type, sizeBytes: r.size_bytes, uploadedAt: new Date(r.uploaded_at).toISOString() }));
  }

  /** The open request while revision is requested, else the last one (so the applicant still sees what was asked). */
  private async revision(m: EntityManager, applicationId: string): Promise<GrantRevisionRequestView | null> {
    const rows: { version: number; comments: Record<string, string>; requested_at: Date; requested_by: string | null; requested_by_name: string | null }[] = await m.query(
      `SELECT r.version, r.comments, r.requested_at, r.requested_by, u.display_name AS requested_by_name
         FROM grant_revision_requests r LEFT JOIN users u ON u.id = r.requested_by
        WHERE r.application_id = $1 ORDER BY r.requested_at DESC, r.version DESC LIMIT 1`,
      [applicationId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      version: r.version,
      comments: r.comments,
      requestedAt: new Date(r.requested_at).toISOString(),
      requestedBy: r.requested_by ? { id: r.requested_by, name: r.requested_by_name ?? '' } : null,
    };
  }

  private async payments(m: EntityManager, applicationId: string): Promise<GrantPaymentView[]> {
    const rows: { id: string; amount_cents: number; requested_at: Date; paid_on: string | null }[] = await m.query(
      `SELECT id, amount_cents, requested_at, to_char(paid_on, 'YYYY-MM-DD') AS paid_on FROM grant_payments WHERE application_id = $1 ORDER BY requested_at, id`,
      [applicationId],
    );
    return rows.map((p) => ({ id: p.id, amountCents: p.amount_cents, requestedAt: new Date(p.requested_at).toISOString(), paidOn: p.paid_on }));
  }
}

function toReportView(r: ReportRow, paidCents: number, totals: ReturnType<typeof planTotals>): GrantReportView {
  const actualTotal = actualTotalCents({ actualCosts: r.actual_costs });
  return {
    narrative: r.narrative,
    actualCosts: r.actual_costs,
    receipts: r.receipts,
    // Not entered yet: the form starts at 0; the submission itself still requires the numbers.
    participantsRefugees: r.participants_refugees ?? 0,
    participantsLocals: r.participants_locals ?? 0,
    status: r.status,
    submittedAt: iso(r.submitted_at),
    correctionComment: r.correction_comment,
    actualTotalCents: actualTotal,
    toReturnCents: fundsToReturn({ paidCents, actualTotalCents: actualTotal, ownContributionCents: totals.ownContributionCents, otherFundingCents: totals.otherFundingCents }),
  };
}
