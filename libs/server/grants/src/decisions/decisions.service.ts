import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, MAIL_LOCALES, type GrantApplicationData, type GrantApplicationStatus, type GrantDecisionRequest, type MailLocale } from '@miteinander/contracts';
import { decisionProblems, isDecided, nextStatus, remainingCents, reportDue } from '@miteinander/domain-grants';
import { AppError, MailService } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { grantConflict, grantProblemsError } from '../problems';
import { grantForbidden } from '../review/messages';

interface LockedApplication {
  id: string;
  call_id: string;
  applicant_id: string;
  status: GrantApplicationStatus;
  reference: string | null;
  requested_cents: number | null;
  data: GrantApplicationData;
  report_months: number;
  email: string;
  display_name: string;
  locale: string;
}

const NUMBER_LOCALE: Record<MailLocale, string> = { de: 'de-DE', en: 'en-GB', ar: 'de-DE', uk: 'de-DE', ru: 'de-DE', fa: 'de-DE' };
const euros = (cents: number, locale: MailLocale) => new Intl.NumberFormat(NUMBER_LOCALE[locale] ?? 'de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The one sentence of the decision email that differs between approval and rejection, in the mail's language. */
const DECISION_SENTENCES: Record<MailLocale, { approved: string; rejected: string }> = {
  de: { approved: 'Ihr Antrag wurde bewilligt. Sie erhalten {amount}.', rejected: 'Ihr Antrag wurde leider abgelehnt.' },
  en: { approved: 'Your application has been approved. You will receive {amount}.', rejected: 'Unfortunately, your application has been rejected.' },
  ar: { approved: 'تمت الموافقة على طلبك. ستحصل على {amount}.', rejected: 'للأسف تم رفض طلبك.' },
  uk: { approved: 'Вашу заявку схвалено. Ви отримаєте {amount}.', rejected: 'На жаль, вашу заявку відхилено.' },
  ru: { approved: 'Ваша заявка одобрена. Вы получите {amount}.', rejected: 'К сожалению, ваша заявка отклонена.' },
  fa: { approved: 'درخواست شما تأیید شد. شما {amount} دریافت می‌کنید.', rejected: 'متأسفانه درخواست شما رد شد.' },
};

/** Postgres' check_violation: the CHECK (approved_cents <= total_budget_cents) on grant_calls caught an overspend. */
const isBudgetCheck = (e: unknown): boolean => {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err?.driverError?.code ?? err?.code;
  const constraint = err?.driverError?.constraint ?? err?.constraint;
  return code === '23514' && constraint === 'grant_calls_within_budget';
};

/**
 * The coordinator's funding decision. The application row is locked (parallel clicks decide once), and the call's
 * budget is taken with one guarded UPDATE: it only succeeds while approved + amount stays within the budget, so
 * fifty parallel approvals can never overspend (the CHECK on grant_calls is the last guard).
 */
@Injectable()
export class GrantDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async decide(actorId: string, applicationId: string, dto: GrantDecisionRequest): Promise<void> {
    let callId: string | null = null;
    try {
      await this.dataSource.transaction(async (m) => {
        const a = await this.lock(m, applicationId);
        callId = a.call_id;
        if (a.applicant_id === actorId) throw grantForbidden('grantOwnApplication');
        if (a.status !== 'in_review') throw grantConflict(isDecided(a.status) ? 'grantAlreadyDecided' : 'grantNotInReview');
        if (dto.approve) await this.approve(m, actorId, a, dto);
        else await this.reject(m, actorId, a, dto);
      });
    } catch (e) {
      if (!isBudgetCheck(e) || !callId) throw e;
      throw await this.budgetExceeded(this.dataSource.manager, callId);
    }
    this.mail.afterCommit();
  }

  private async approve(m: EntityManager, actorId: string, a: LockedApplication, dto: GrantDecisionRequest): Promise<void> {
    const requested = a.requested_cents ?? 0;
    const problems = decisionProblems(requested, dto.amountCents);
    if (problems.length) throw grantProblemsError(problems);
    const amount = dto.amountCents as number;
    const [taken]: [{ approved_cents: string }[], number] = await m.query(
      `UPDATE grant_calls SET approved_cents = approved_cents + $2, updated_at = now()
        WHERE id = $1 AND approved_cents + $2 <= total_budget_cents RETURNING approved_cents`,
      [a.call_id, amount],
    );
    if (!taken[0]) throw await this.budgetExceeded(m, a.call_id);
    const conditions = dto.conditions?.trim() || null;
    const due = a.data.endDate ? reportDue(a.data.endDate, a.report_months) : null;
    const status = nextStatus(a.status, 'approve')!;
    await m.query(
      `UPDATE grant_applications SET status = $2, approved_cents = $3, conditions = $4, decision_reason = NULL, decided_at = now(), decided_by = $5,
              report_due = $6::date, updated_at = now() WHERE id = $1`,
      [a.id, status, amount, conditions, actorId, due],
    );
    await auditUpdate(m, 'grant_application', a.id, { status: a.status }, { status, approvedCents: amount, conditions, reportDue: due });
    await auditUpdate(m, 'grant_call', a.call_id, {}, { approvedCents: Number(taken[0].approved_cents) });
    await this.notify(m, a, true, amount);
  }

  private async reject(m: EntityManager, actorId: string, a: LockedApplication, dto: GrantDecisionRequest): Promise<void> {
    const reason = dto.reason?.trim();
    if (!reason) throw grantProblemsError([{ field: 'reason', rule: 'reasonRequired' }]);
    const status = nextStatus(a.status, 'reject')!;
    await m.query(
      `UPDATE grant_applications SET status = $2, approved_cents = NULL, conditions = NULL, decision_reason = $3, decided_at = now(), decided_by = $4,
              report_due = NULL, updated_at = now() WHERE id = $1`,
      [a.id, status, reason, actorId],
    );
    await auditUpdate(m, 'grant_application', a.id, { status: a.status }, { status, decisionReason: reason });
    await this.notify(m, a, false, null);
  }

  /** The decision email; the letter itself is downloaded in the app, so the link goes to the application. */
  private async notify(m: EntityManager, a: LockedApplication, approved: boolean, amount: number | null): Promise<void> {
    const locale: MailLocale = (MAIL_LOCALES as readonly string[]).includes(a.locale) ? (a.locale as MailLocale) : 'de';
    const title = a.data.title ?? '';
    const money = amount === null ? '' : euros(amount, locale);
    const decision = approved ? DECISION_SENTENCES[locale].approved.replace('{amount}', money) : DECISION_SENTENCES[locale].rejected;
    await this.mail.queue(m, {
      template: 'grant-decision',
      to: a.email,
      locale,
      vars: {
        name: a.display_name,
        title,
        reference: a.reference ?? '',
        decision,
        amount: money,
        link: this.mail.link(`my-grants/${a.id}`, {}),
      },
    });
  }

  /** The 409 naming what is still free (read in the same transaction, or afterwards when the CHECK fired). */
  private async budgetExceeded(m: EntityManager, callId: string): Promise<AppError> {
    const [c]: { total: string; approved: string }[] = await m.query(`SELECT total_budget_cents AS total, approved_cents AS approved FROM grant_calls WHERE id = $1`, [callId]);
    const remaining = c ? Math.max(0, remainingCents(Number(c.total), Number(c.approved))) : 0;
    return grantConflict('grantBudgetExceeded', { remaining }, 'amountCents');
  }

  private async lock(m: EntityManager, id: string): Promise<LockedApplication> {
    const rows: LockedApplication[] = await m.query(
      `SELECT a.id, a.call_id, a.applicant_id, a.status, a.reference, a.requested_cents, a.data, c.report_months, u.email, u.display_name, u.locale
         FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id JOIN users u ON u.id = a.applicant_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [id],
    );
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0];
  }
}
