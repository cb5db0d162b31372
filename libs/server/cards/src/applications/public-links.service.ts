import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type CardEligibilityView, type PublicCardApplicationStatus, type PublicCardConfirmationRequest, type PublicCardConfirmationView } from '@miteinander/contracts';
import { AppError, hashToken, invalid } from '@miteinander/server-platform';
import { cardConflict } from '../card-errors';
import { CardsConfig } from '../cards-config';
import { toPublicStatus } from './application-rows';
import { ApplicationsService } from './applications.service';
import { CardDecisionsService, decideConfirmation } from './decisions.service';
import { shortName } from './recipient';

interface ConfirmationLink {
  id: string;
  contact_id: string | null;
  organisation_name: string;
  first_name: string;
  last_name: string;
  minutes: number;
  status: PublicCardConfirmationView['status'];
  reason: string | null;
  eligibility: CardEligibilityView;
  received_at: Date;
  usable: boolean;
}

/** Unknown, expired, forged or withdrawn: the same 400, saying nothing about which. */
const tokenInvalid = () => new AppError(400, ErrorCode.TokenInvalid, [{ field: 'token', message: '' }]);

/**
 * What people without an account reach through emailed capability links: an organisation contact confirms
 * the hours behind one application; the applicant follows their application and can withdraw it.
 */
@Injectable()
export class PublicCardLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly decisions: CardDecisionsService,
    private readonly config: CardsConfig,
  ) {}

  async confirmation(token: string): Promise<PublicCardConfirmationView> {
    return this.confirmationView(await this.resolveConfirmation(this.dataSource.manager, token));
  }

  async confirm(token: string, dto: PublicCardConfirmationRequest): Promise<PublicCardConfirmationView> {
    const reason = dto.reason?.trim() || null;
    if (!dto.confirm && !reason) throw invalid({ field: 'reason', rule: 'isNotEmpty' });
    const link = await this.dataSource.transaction(async (m) => {
      const found = await this.resolveConfirmation(m, token);
      if (found.status !== 'pending') throw cardConflict('cardConfirmationDecided');
      await decideConfirmation(m, found.id, { confirm: dto.confirm, reason, userId: null, contactId: found.contact_id });
      return this.resolveConfirmation(m, token);
    });
    return this.confirmationView(link);
  }

  async status(token: string): Promise<PublicCardApplicationStatus> {
    const id = await this.resolveStatus(token);
    return toPublicStatus(await this.applications.row(id), this.config.today());
  }

  async withdraw(token: string): Promise<PublicCardApplicationStatus> {
    const id = await this.resolveStatus(token);
    await this.decisions.withdraw(id);
    return this.status(token);
  }

  /**
   * A decided confirmation's link keeps showing its decision (so a second click explains itself) but decides
   * nothing more; an expired link or a withdrawn application shows nothing at all.
   */
  private async resolveConfirmation(m: EntityManager, token: string): Promise<ConfirmationLink> {
    const rows: ConfirmationLink[] = await m.query(
      `SELECT c.id, c.contact_id, o.name AS organisation_name, v.first_name, v.last_name, c.minutes, c.status, c.reason, a.eligibility, a.received_at,
              (c.status <> 'pending' OR c.expires_at > now()) AS usable
         FROM card_confirmations c
         JOIN card_applications a ON a.id = c.application_id
         JOIN organisations o ON o.id = c.organisation_id
         JOIN volunteers v ON v.id = a.volunteer_id
        WHERE c.token_hash = $1 AND a.status <> 'withdrawn'`,
      [hashToken(token)],
    );
    const r = rows[0];
    if (!r || !r.usable) throw tokenInvalid();
    return r;
  }

  private confirmationView(r: ConfirmationLink): PublicCardConfirmationView {
    // The hours were summed on the day of application: the period shown ends there at the latest.
    const to = r.eligibility.facts.windowTo;
    const submitted = this.config.today(new Date(r.received_at));
    return {
      organisationName: r.organisation_name,
      volunteerName: shortName(r.first_name, r.last_name),
      minutes: r.minutes,
      windowFrom: r.eligibility.facts.windowFrom,
      windowTo: to < submitted ? to : submitted,
      status: r.status,
      reason: r.reason,
    };
  }

  private async resolveStatus(token: string): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM card_applications WHERE status_token_hash = $1 AND status_token_expires_at > now()`, [hashToken(token)]);
    if (!rows[0]) throw tokenInvalid();
    return rows[0].id;
  }
}
