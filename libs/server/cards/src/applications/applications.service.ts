import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  type CardApplicationListItem,
  type CardApplicationListQuery,
  type CardApplicationView,
  type CardConfirmationView,
  type CreateCardApplicationRequest,
  type Page,
} from '@miteinander/contracts';
import { AppError, containsPattern, hashToken, invalid, MailService, newSecretToken } from '@miteinander/server-platform';
import { cardConflict } from '../card-errors';
import { CardsConfig } from '../cards-config';
import { eligibilityView } from '../eligibility/eligibility-view';
import { EligibilityService } from '../eligibility/eligibility.service';
import { CardApplication } from '../entities/card-application.entity';
import { APPLICATION_SELECT, CARD_SUMMARY_SELECT, toListItem, type ApplicationRow, type CardSummaryRow } from './application-rows';
import { requestConfirmations } from './confirmation-requests';
import { volunteerRecipient } from './recipient';

/** Where the applicant's status link leads: the public status page of the web app. */
export const STATUS_PAGE_PATH = 'card-status';

const SORT_COLUMNS = { receivedAt: 'a.received_at', name: 'volunteer_name', status: 'a.status' } as const;

export type Applicant = { kind: 'self'; userId: string; volunteerId: string } | { kind: 'staff'; userId: string; volunteerId: string };

const isUniqueViolation = (e: unknown) => e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505';

/**
 * Applications: a volunteer applies for themselves (only when eligible), a coordinator on their behalf (also
 * when not eligible: then flagged). Submitting writes the application, one confirmation request per
 * organisation and the applicant's status link mail in one transaction.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly mail: MailService,
    private readonly config: CardsConfig,
  ) {}

  async create(applicant: Applicant, dto: CreateCardApplicationRequest): Promise<string> {
    const allowance = dto.declaredAllowanceCentsPerMonth ?? null;
    let id: string;
    try {
      id = await this.dataSource.transaction(async (m) => {
        // Serialises two submissions for the same volunteer (double tap, two coordinators).
        const locked: { id: string }[] = await m.query(`SELECT id FROM volunteers WHERE id = $1 FOR UPDATE`, [applicant.volunteerId]);
        if (!locked[0]) throw new AppError(404, ErrorCode.NotFound);
        const open: { id: string }[] = await m.query(
          `SELECT id FROM card_applications WHERE volunteer_id = $1 AND status IN ('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota')`,
          [applicant.volunteerId],
        );
        if (open[0]) throw cardConflict('cardApplicationOpen');
        if (dto.renewalOf) await this.checkRenewal(m, applicant.volunteerId, dto.renewalOf);
        const { rules, result } = await this.eligibility.check(applicant.volunteerId, { allowanceCentsPerMonth: allowance, m });
        if (!result.eligible && applicant.kind === 'self') throw invalid({ field: 'eligibility', rule: 'cardNotEligible' });
        const token = newSecretToken();
        const application = await m.save(
          m.create(CardApplication, {
            volunteerId: applicant.volunteerId,
            ruleSetId: rules.id,
            status: 'awaiting_confirmation',
            receivedAt: new Date(),
            eligibility: eligibilityView(rules, result),
            flaggedNotEligible: !result.eligible,
            declaredAllowanceCents: allowance,
            note: dto.note?.trim() || null,
            renewalOf: dto.renewalOf ?? null,
            tokenHash: hashToken(token),
            statusTokenExpiresAt: new Date(Date.now() + this.config.rules.statusLinkDays * 86_400_000),
            createdBy: applicant.userId,
          }),
        );
        const today = this.config.today();
        const confirmations = await requestConfirmations(m, this.mail, {
          applicationId: application.id,
          volunteerId: applicant.volunteerId,
          windowFrom: result.windowFrom,
          windowTo: result.windowTo < today ? result.windowTo : today,
          validDays: this.config.rules.confirmationLinkDays,
        });
        if (!confirmations) await m.query(`UPDATE card_applications SET status = 'ready_for_decision' WHERE id = $1`, [application.id]);
        const to = await volunteerRecipient(m, applicant.volunteerId);
        if (to.email) {
          await this.mail.queue(m, {
            template: 'card-application-received',
            to: to.email,
            locale: to.locale,
            vars: { name: to.firstName, link: this.mail.link(STATUS_PAGE_PATH, { token }) },
          });
        }
        return application.id;
      });
    } catch (e) {
      // The partial unique index is the last guard if two submissions ever slip past the row lock.
      if (isUniqueViolation(e)) throw cardConflict('cardApplicationOpen');
      throw e;
    }
    this.mail.afterCommit();
    return id;
  }

  async list(query: CardApplicationListQuery): Promise<Page<CardApplicationListItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      params.push(query.status);
      where.push(`a.status = $${params.length}`);
    }
    if (query.q?.trim()) {
      params.push(containsPattern(query.q.trim()));
      where.push(`(v.first_name || ' ' || v.last_name) ILIKE $${params.length}`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = `${SORT_COLUMNS[query.sort ?? 'receivedAt']} ${query.direction === 'asc' ? 'ASC' : 'DESC'}, a.id`;
    const [rows, [{ total }]]: [ApplicationRow[], { total: number }[]] = await Promise.all([
      this.dataSource.query(`${APPLICATION_SELECT} ${whereSql} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, params),
      this.dataSource.query(`SELECT count(*)::int AS total FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id ${whereSql}`, params),
    ]);
    const today = this.config.today();
    return { items: rows.map((r) => toListItem(r, today)), total, page, pageSize };
  }

  async row(id: string, m: EntityManager = this.dataSource.manager): Promise<ApplicationRow> {
    const rows: ApplicationRow[] = await m.query(`${APPLICATION_SELECT} WHERE a.id = $1`, [id]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0];
  }

  async view(id: string): Promise<CardApplicationView> {
    const r = await this.row(id);
    const today = this.config.today();
    const [confirmations, now] = await Promise.all([
      this.confirmations(id),
      this.eligibility.check(r.volunteer_id, { allowanceCentsPerMonth: r.declared_allowance_cents }),
    ]);
    return {
      ...toListItem(r, today),
      ruleSet: { code: r.rule_set_code, name: r.rule_set_name, version: r.rule_set_version },
      eligibilityAtSubmission: r.eligibility,
      eligibilityNow: eligibilityView(now.rules, now.result),
      confirmations,
      declaredAllowanceCentsPerMonth: r.declared_allowance_cents,
      note: r.note,
      createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
      decision:
        r.approved === null || !r.decided_at
          ? null
          : {
              approved: r.approved,
              reason: r.decision_reason,
              decidedAt: new Date(r.decided_at).toISOString(),
              decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
              overrodeEligibility: r.overrode_eligibility,
            },
      withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at).toISOString() : null,
      renewalOf: r.renewal_of,
    };
  }

  /** A card in the shape cardSummary reads. */
  cardRows(cardId: string): Promise<CardSummaryRow[]> {
    return this.dataSource.query(`${CARD_SUMMARY_SELECT} WHERE id = $1`, [cardId]);
  }

  private async confirmations(applicationId: string): Promise<CardConfirmationView[]> {
    const rows: { id: string; organisation_id: string; organisation_name: string; minutes: number; status: CardConfirmationView['status']; reason: string | null; decided_at: Date | null; emailed: boolean }[] =
      await this.dataSource.query(
        `SELECT c.id, c.organisation_id, o.name AS organisation_name, c.minutes, c.status, c.reason, c.decided_at, c.token_hash IS NOT NULL AS emailed
           FROM card_confirmations c JOIN organisations o ON o.id = c.organisation_id WHERE c.application_id = $1 ORDER BY o.name`,
        [applicationId],
      );
    return rows.map((c) => ({
      id: c.id,
      organisation: { id: c.organisation_id, name: c.organisation_name },
      minutes: c.minutes,
      status: c.status,
      reason: c.reason,
      decidedAt: c.decided_at ? new Date(c.decided_at).toISOString() : null,
      contactEmailed: c.emailed,
    }));
  }

  private async checkRenewal(m: EntityManager, volunteerId: string, cardId: string): Promise<void> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM cards WHERE id = $1 AND volunteer_id = $2`, [cardId, volunteerId]);
    if (!rows[0]) throw invalid({ field: 'renewalOf', rule: 'cardUnknown' });
  }
}
