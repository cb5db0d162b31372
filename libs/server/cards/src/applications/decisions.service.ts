import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type CardDecisionRequest, type CardRuleParameters, type RecordConfirmationRequest } from '@miteinander/contracts';
import { AppError, invalid, MailService } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { cardConflict } from '../card-errors';
import { CardsConfig } from '../cards-config';
import { EligibilityService } from '../eligibility/eligibility.service';
import { issueCard, MY_CARD_PATH } from '../issuance/issue-card';
import { volunteerRecipient } from './recipient';

interface LockedApplication {
  id: string;
  volunteer_id: string;
  volunteer_user_id: string | null;
  status: string;
  received_at: Date;
  approved: boolean | null;
  declared_allowance_cents: number | null;
  rule_set_code: string;
  parameters: CardRuleParameters;
}


/** A confirmation's decision by its organisation (link) or a coordinator (by phone); moves the application on when none is pending. */
export async function decideConfirmation(
  m: EntityManager,
  confirmationId: string,
  decision: { confirm: boolean; reason: string | null; userId: string | null; contactId: string | null },
): Promise<{ applicationId: string }> {
  const [changed]: [{ application_id: string }[], number] = await m.query(
    `UPDATE card_confirmations c SET status = $2, reason = $3, decided_at = now(), decided_by_user = $4::uuid, decided_by_contact = $5::uuid, expires_at = LEAST(c.expires_at, now())
      WHERE c.id = $1 AND c.status = 'pending'
        AND EXISTS (SELECT 1 FROM card_applications a WHERE a.id = c.application_id AND a.status IN ('awaiting_confirmation', 'ready_for_decision'))
    RETURNING c.application_id`,
    [confirmationId, decision.confirm ? 'confirmed' : 'rejected', decision.reason, decision.userId, decision.contactId],
  );
  if (!changed[0]) throw cardConflict('cardConfirmationDecided');
  const applicationId = changed[0].application_id;
  await auditUpdate(m, 'card_confirmation', confirmationId, { status: 'pending' }, { status: decision.confirm ? 'confirmed' : 'rejected', reason: decision.reason, decidedByUser: decision.userId, decidedByContact: decision.contactId });
  await m.query(
    `UPDATE card_applications a SET status = 'ready_for_decision', updated_at = now()
      WHERE a.id = $1 AND a.status = 'awaiting_confirmation'
        AND NOT EXISTS (SELECT 1 FROM card_confirmations c WHERE c.application_id = a.id AND c.status = 'pending')`,
    [applicationId],
  );
  return { applicationId };
}

/**
 * The coordinator's decisions. The eligibility check is advisory: approving against it needs a reason and is
 * recorded as an override (in the application and the audit trail). Everything runs under a row lock on the
 * application, so parallel clicks decide once.
 */
@Injectable()
export class CardDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly mail: MailService,
    private readonly config: CardsConfig,
  ) {}

  async decide(actorId: string, applicationId: string, dto: CardDecisionRequest): Promise<void> {
    const reason = dto.reason?.trim() || null;
    await this.dataSource.transaction(async (m) => {
      const a = await this.lock(m, applicationId);
      if (a.volunteer_user_id === actorId) throw new AppError(403, ErrorCode.Forbidden);
      if (a.approved !== null || !['awaiting_confirmation', 'ready_for_decision'].includes(a.status)) throw cardConflict('cardAlreadyDecided');
      if (!dto.approve) {
        if (!reason) throw invalid({ field: 'reason', rule: 'isNotEmpty' });
        await this.record(m, a, { approved: false, reason, actorId, overrode: false, status: 'rejected' });
        const to = await volunteerRecipient(m, a.volunteer_id);
        if (to.email) await this.mail.queue(m, { template: 'card-rejected', to: to.email, locale: to.locale, vars: { name: to.firstName, reason, link: this.mail.link(MY_CARD_PATH, {}) } });
        return;
      }
      const { result } = await this.eligibility.check(a.volunteer_id, { allowanceCentsPerMonth: a.declared_allowance_cents, m });
      if (!result.eligible && !reason) throw invalid({ field: 'reason', rule: 'cardOverrideReason' });
      await this.record(m, a, { approved: true, reason, actorId, overrode: !result.eligible, status: a.status });
      await issueCard(m, this.mail, this.issuable(a), { today: this.config.today(), actorId, mode: 'onApproval' });
    });
    this.mail.afterCommit();
  }

  /** "Issue now" for an approved application waiting for the quota; refused while the quota is used up or an earlier one waits. */
  async issue(actorId: string, applicationId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const a = await this.lock(m, applicationId);
      if (a.status !== 'waiting_for_quota') throw cardConflict(a.status === 'issued' ? 'cardAlreadyIssued' : 'cardNotApproved');
      await issueCard(m, this.mail, this.issuable(a), { today: this.config.today(), actorId, mode: 'explicit' });
    });
    this.mail.afterCommit();
  }

  async recordConfirmation(actorId: string, applicationId: string, confirmationId: string, dto: RecordConfirmationRequest): Promise<void> {
    const reason = dto.reason?.trim() || null;
    if (!dto.confirm && !reason) throw invalid({ field: 'reason', rule: 'isNotEmpty' });
    await this.dataSource.transaction(async (m) => {
      const belongs: { id: string }[] = await m.query(`SELECT id FROM card_confirmations WHERE id = $1 AND application_id = $2`, [confirmationId, applicationId]);
      if (!belongs[0]) throw new AppError(404, ErrorCode.NotFound);
      await decideConfirmation(m, confirmationId, { confirm: dto.confirm, reason, userId: actorId, contactId: null });
    });
  }

  /** Withdrawn by the applicant (own page or status link) or a coordinator; pending confirmation links stop working. */
  async withdraw(applicationId: string, m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const [changed]: [{ id: string; status: string }[], number] = await tx.query(
        `UPDATE card_applications SET status = 'withdrawn', withdrawn_at = now(), updated_at = now()
          WHERE id = $1 AND status IN ('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota') RETURNING id`,
        [applicationId],
      );
      if (!changed[0]) throw cardConflict('cardNotOpen');
      await tx.query(`UPDATE card_confirmations SET expires_at = now() WHERE application_id = $1 AND status = 'pending'`, [applicationId]);
      await auditUpdate(tx, 'card_application', applicationId, {}, { status: 'withdrawn' });
    };
    await (m ? run(m) : this.dataSource.transaction(run));
  }

  async revoke(actorId: string, cardId: string, reason: string): Promise<void> {
    const trimmed = reason?.trim();
    if (!trimmed) throw invalid({ field: 'reason', rule: 'isNotEmpty' });
    await this.dataSource.transaction(async (m) => {
      const exists: { revoked: boolean }[] = await m.query(`SELECT revoked_at IS NOT NULL AS revoked FROM cards WHERE id = $1`, [cardId]);
      if (!exists[0]) throw new AppError(404, ErrorCode.NotFound);
      const [changed]: [{ id: string }[], number] = await m.query(
        `UPDATE cards SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [cardId, actorId, trimmed],
      );
      if (!changed[0]) throw cardConflict('cardAlreadyRevoked');
      await auditUpdate(m, 'card', cardId, { revokedAt: null }, { revokedAt: new Date().toISOString(), revokedBy: actorId, revokeReason: trimmed });
    });
  }

  private async lock(m: EntityManager, id: string): Promise<LockedApplication> {
    const rows: LockedApplication[] = await m.query(
      // Eligibility was checked under the version in force at submission; quota, validity and numbering follow the
      // version in force on the day of issue (so raising a quota releases waiting applications).
      `SELECT a.id, a.volunteer_id, v.user_id AS volunteer_user_id, a.status, a.received_at, a.approved, a.declared_allowance_cents, r.code AS rule_set_code,
              COALESCE(cur.parameters, r.parameters) AS parameters
         FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id JOIN card_rule_sets r ON r.id = a.rule_set_id
         LEFT JOIN LATERAL (SELECT parameters FROM card_rule_sets n WHERE n.code = r.code AND n.effective_from <= $2::date
                             ORDER BY n.effective_from DESC, n.version DESC LIMIT 1) cur ON true
        WHERE a.id = $1 FOR UPDATE OF a`,
      [id, this.config.today()],
    );
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return rows[0];
  }

  private async record(m: EntityManager, a: LockedApplication, d: { approved: boolean; reason: string | null; actorId: string; overrode: boolean; status: string }): Promise<void> {
    await m.query(
      `UPDATE card_applications SET approved = $2, decision_reason = $3, decided_by = $4, decided_at = now(), overrode_eligibility = $5, status = $6, updated_at = now() WHERE id = $1`,
      [a.id, d.approved, d.reason, d.actorId, d.overrode, d.status],
    );
    await auditUpdate(m, 'card_application', a.id, { approved: null, status: a.status }, { approved: d.approved, decisionReason: d.reason, overrodeEligibility: d.overrode, status: d.status });
  }

  private issuable(a: LockedApplication) {
    return { id: a.id, volunteerId: a.volunteer_id, receivedAt: new Date(a.received_at), ruleSetCode: a.rule_set_code, parameters: a.parameters };
  }
}
