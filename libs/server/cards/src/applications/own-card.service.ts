import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type CardEligibilityView, type CardSummary, type CreateCardApplicationRequest, type OwnCardApplication } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import type { User } from '@miteinander/server-identity';
import { OwnVolunteerService } from '@miteinander/server-people';
import { CardsConfig } from '../cards-config';
import { CardsService } from '../card/cards.service';
import { eligibilityView } from '../eligibility/eligibility-view';
import { EligibilityService } from '../eligibility/eligibility.service';
import { APPLICATION_SELECT, CARD_SUMMARY_SELECT, cardSummary, toPublicStatus, type ApplicationRow, type CardSummaryRow } from './application-rows';
import { ApplicationsService } from './applications.service';
import { CardDecisionsService } from './decisions.service';

/** "My honorary card": a volunteer's eligibility, their application and their card. */
@Injectable()
export class OwnCardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly own: OwnVolunteerService,
    private readonly eligibility: EligibilityService,
    private readonly applications: ApplicationsService,
    private readonly decisions: CardDecisionsService,
    private readonly cards: CardsService,
    private readonly config: CardsConfig,
  ) {}

  async view(user: User): Promise<CardEligibilityView> {
    const volunteerId = await this.own.ensureProfileId(user);
    const today = this.config.today();
    const [check, applications, cards]: [Awaited<ReturnType<EligibilityService['check']>>, ApplicationRow[], CardSummaryRow[]] = await Promise.all([
      this.eligibility.check(volunteerId),
      // The open application if there is one, else the latest.
      this.dataSource.query(
        `${APPLICATION_SELECT} WHERE a.volunteer_id = $1
          ORDER BY a.status IN ('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota') DESC, a.received_at DESC LIMIT 1`,
        [volunteerId],
      ),
      this.dataSource.query(`${CARD_SUMMARY_SELECT} WHERE volunteer_id = $1 ORDER BY issued_at DESC LIMIT 1`, [volunteerId]),
    ]);
    const a = applications[0];
    const application: OwnCardApplication | null = a ? { id: a.id, ...toPublicStatus(a, today) } : null;
    const card: CardSummary | null = cards[0] ? cardSummary(cards[0], today) : null;
    return eligibilityView(check.rules, check.result, application, card);
  }

  async apply(user: User, dto: CreateCardApplicationRequest): Promise<CardEligibilityView> {
    const volunteerId = await this.own.ensureProfileId(user);
    await this.applications.create({ kind: 'self', userId: user.id, volunteerId }, dto);
    return this.view(user);
  }

  async withdraw(user: User, applicationId: string): Promise<CardEligibilityView> {
    const volunteerId = await this.own.ensureProfileId(user);
    const row = await this.applications.row(applicationId).catch(() => null);
    if (!row || row.volunteer_id !== volunteerId) throw new AppError(404, ErrorCode.NotFound);
    await this.decisions.withdraw(applicationId);
    return this.view(user);
  }

  /** The volunteer's latest card (valid, expired or revoked: a revoked card prints with "REVOKED" across it). */
  async pdf(user: User): Promise<{ body: Buffer; fileName: string }> {
    const volunteerId = await this.own.ensureProfileId(user);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM cards WHERE volunteer_id = $1 ORDER BY issued_at DESC LIMIT 1`, [volunteerId]);
    if (!rows[0]) throw new AppError(404, ErrorCode.NotFound);
    return this.cards.pdf(rows[0].id, volunteerId);
  }
}
