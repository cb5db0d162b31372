import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { ErrorCode, MAIL_LOCALES, type GrantApplicationStatus, type GrantPaymentView, type MailLocale } from '@miteinander/contracts';
import { isCalendarDate } from '@miteinander/domain-calendar';
import { nextStatus, paymentProblems, type GrantProblem } from '@miteinander/domain-grants';
import { AppError, MailService } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { GrantsConfig } from '../grants-config';
import { grantConflict, grantProblemsError } from '../problems';
import '../reports/messages';

export interface LockedGrant {
  id: string;
  applicant_id: string;
  status: GrantApplicationStatus;
  approved_cents: number | null;
  title: string;
}

/** The application under a row lock, so parallel clicks act once; missing → 404. */
export async function lockGrant(m: EntityManager, id: string): Promise<LockedGrant> {
  const rows: LockedGrant[] = await m.query(
    `SELECT id, applicant_id, status, approved_cents, COALESCE(data->>'title', '') AS title FROM grant_applications WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
  return rows[0];
}

/** Moves the application on only from the status it was locked in, with an audit row. */
export async function moveGrant(m: EntityManager, a: LockedGrant, to: GrantApplicationStatus, extra: { closed?: boolean } = {}): Promise<void> {
  await m.query(`UPDATE grant_applications SET status = $2, updated_at = now(), closed_at = CASE WHEN $3::boolean THEN now() ELSE closed_at END WHERE id = $1 AND status = $4`, [
    a.id, to, extra.closed ?? false, a.status,
  ]);
  await auditUpdate(m, 'grant_application', a.id, { status: a.status }, { status: to });
}

export interface GrantRecipient {
  name: string;
  email: string;
  locale: MailLocale;
}

/** The applicant's account: where their mail goes and in which language. */
export async function applicantRecipient(m: EntityManager, userId: string): Promise<GrantRecipient> {
  const [u]: { display_name: string; email: string; locale: string }[] = await m.query(`SELECT display_name, email, locale FROM users WHERE id = $1`, [userId]);
  const locale = (MAIL_LOCALES as readonly string[]).includes(u?.locale ?? '') ? (u!.locale as MailLocale) : 'de';
  return { name: u?.display_name ?? '', email: u?.email ?? '', locale };
}

const intlLocale = (locale: MailLocale) => (locale === 'de' ? 'de-DE' : locale === 'en' ? 'en-GB' : locale);
export const formatEuro = (cents: number, locale: MailLocale) => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(cents / 100);
export const formatDay = (day: string, locale: MailLocale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));

interface PaymentRow {
  id: string;
  amount_cents: number;
  requested_at: Date;
  paid_on: string | null;
}

const paymentView = (p: PaymentRow): GrantPaymentView => ({ id: p.id, amountCents: p.amount_cents, requestedAt: new Date(p.requested_at).toISOString(), paidOn: p.paid_on });

/**
 * Payments (Mittelabforderung): the applicant calls the approved money in one or more tranches, one waiting at a
 * time; the coordinator marks each paid with the day of the transfer. Both run under a row lock on the application.
 */
@Injectable()
export class GrantPaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: GrantsConfig,
  ) {}

  async request(userId: string, applicationId: string, amountCents: unknown): Promise<GrantPaymentView> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const a = await lockGrant(m, applicationId);
        // Another applicant's application does not exist for this one.
        if (a.applicant_id !== userId) throw new AppError(404, ErrorCode.NotFound);
        if (a.status === 'payment_requested') throw grantConflict('paymentOpen');
        const to = nextStatus(a.status, 'requestPayment');
        if (!to || !a.approved_cents) throw grantConflict('paymentNotPossible');
        const [{ sum }]: { sum: string }[] = await m.query(`SELECT COALESCE(SUM(amount_cents), 0) AS sum FROM grant_payments WHERE application_id = $1`, [a.id]);
        const requestedSoFarCents = Number(sum);
        if (requestedSoFarCents >= a.approved_cents) throw grantConflict('paymentAllRequested');
        const problems = paymentProblems({ approvedCents: a.approved_cents, requestedSoFarCents, amountCents });
        if (problems.length) throw grantProblemsError(problems);
        const [row]: PaymentRow[] = await m.query(
          `INSERT INTO grant_payments (application_id, amount_cents, requested_by) VALUES ($1, $2, $3) RETURNING id, amount_cents, requested_at, paid_on::text AS paid_on`,
          [a.id, amountCents, userId],
        );
        await auditUpdate(m, 'grant_payment', row!.id, {}, { applicationId: a.id, amountCents });
        await moveGrant(m, a, to);
        return paymentView(row!);
      });
    } catch (e) {
      // The partial unique index grant_payments_one_open: a second request raced the first.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string })?.code === '23505') throw grantConflict('paymentOpen');
      throw e;
    }
  }

  async markPaid(actorId: string, applicationId: string, paymentId: string, paidOn: unknown): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await lockGrant(m, applicationId);
      const [p]: PaymentRow[] = await m.query(`SELECT id, amount_cents, requested_at, paid_on::text AS paid_on FROM grant_payments WHERE id = $1 AND application_id = $2`, [
        paymentId, a.id,
      ]);
      if (!p) throw new AppError(404, ErrorCode.NotFound);
      if (p.paid_on) throw grantConflict('paymentAlreadyPaid');
      const problems = this.paidOnProblems(paidOn, this.config.today(new Date(p.requested_at)));
      if (problems.length) throw grantProblemsError(problems);
      const day = paidOn as string;
      await m.query(`UPDATE grant_payments SET paid_on = $2, marked_by = $3 WHERE id = $1`, [p.id, day, actorId]);
      await auditUpdate(m, 'grant_payment', p.id, { paidOn: null }, { paidOn: day, markedBy: actorId });
      const [{ open }]: { open: number }[] = await m.query(`SELECT count(*)::int AS open FROM grant_payments WHERE application_id = $1 AND paid_on IS NULL`, [a.id]);
      const to = nextStatus(a.status, 'markPaid');
      if (open === 0 && to) await moveGrant(m, a, to);
      const r = await applicantRecipient(m, a.applicant_id);
      if (r.email) {
        await this.mail.queue(m, {
          template: 'grant-payment-paid',
          to: r.email,
          locale: r.locale,
          vars: { name: r.name, title: a.title, amount: formatEuro(p.amount_cents, r.locale), paidOn: formatDay(day, r.locale), link: this.mail.link(`my-grants/${a.id}`, {}) },
        });
      }
    });
    this.mail.afterCommit();
  }

  /** A real calendar day, not in the future, and not before the day the money was requested. */
  private paidOnProblems(paidOn: unknown, requestedDay: string): GrantProblem[] {
    if (typeof paidOn !== 'string' || !isCalendarDate(paidOn)) return [{ field: 'paidOn', rule: 'date' }];
    if (paidOn > this.config.today()) return [{ field: 'paidOn', rule: 'paidOnFuture' }];
    if (paidOn < requestedDay) return [{ field: 'paidOn', rule: 'paidOnBeforeRequest', params: { requested: requestedDay } }];
    return [];
  }
}
