import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type DecideHoursRequest, type DecideHoursResult, type OrganisationApprovalView } from '@miteinander/contracts';
import { APP_CONFIG, AppError, hashToken, invalid, MailService, requestContext, type AppConfig } from '@miteinander/server-platform';
import { APPROVAL_PAGE_PATH, issueApprovalLink } from './approval-link-issuer';
import { DecisionsService } from './decisions.service';
import { HOUR_VIEW_SELECT, toHourEntryView, type HourViewRow } from './hour-view';
import { formatDate } from './format';

/** At most this many waiting entries are shown behind one link (the same cap as one bulk decision). */
const MAX_ENTRIES_SHOWN = 500;

interface ResolvedLink {
  id: string;
  organisationId: string;
  organisationName: string;
  contactId: string;
  contactName: string;
  expiresAt: Date;
}

/** Capability links for organisation contacts (no account): email one, then show and decide through it. */
@Injectable()
export class ApprovalLinksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly decisions: DecisionsService,
  ) {}

  /** Emails the contact a fresh link for their organisation's waiting entries (outbox, same transaction). */
  async send(actorId: string, organisationId: string, contactId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const organisations: { name: string }[] = await m.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
      if (!organisations[0]) throw new AppError(404, ErrorCode.NotFound);
      const contacts: { name: string; email: string | null }[] = await m.query(
        `SELECT name, email FROM organisation_contacts WHERE id = $1 AND organisation_id = $2`,
        [contactId, organisationId],
      );
      const contact = contacts[0];
      if (!contact) throw invalid({ field: 'contactId', rule: 'unknownContact' });
      const email = contact.email?.trim();
      if (!email) throw invalid({ field: 'contactId', rule: 'noContactEmail' });
      const [{ count }]: { count: number }[] = await m.query(
        `SELECT count(*)::int AS count FROM hour_entries WHERE organisation_id = $1 AND status = 'submitted'`,
        [organisationId],
      );
      const { token, expiresAt } = await issueApprovalLink(m, {
        organisationId,
        contactId,
        validDays: this.config.rules.hours.approvalLinkDays,
        createdBy: actorId,
      });
      await this.mail.queue(m, {
        template: 'hours-approval-request',
        to: email,
        // Contacts have no account and no language setting: German, the county's language.
        locale: 'de',
        vars: {
          name: contact.name,
          organisation: organisations[0].name,
          count: String(count),
          expires: formatDate(expiresAt.toISOString().slice(0, 10), 'de'),
          link: this.mail.link(APPROVAL_PAGE_PATH, { token }),
        },
      });
    });
    this.mail.afterCommit();
  }

  /** The organisation's waiting entries, for the contact behind the link. */
  async view(token: string): Promise<OrganisationApprovalView> {
    const link = await this.resolve(token);
    const rows: HourViewRow[] = await this.dataSource.query(
      `${HOUR_VIEW_SELECT} WHERE h.organisation_id = $1 AND h.status = 'submitted' ORDER BY h.activity_date, h.created_at, h.id LIMIT ${MAX_ENTRIES_SHOWN}`,
      [link.organisationId],
    );
    const locale = requestContext.current()?.locale;
    return {
      organisationName: link.organisationName,
      contactName: link.contactName,
      expiresAt: link.expiresAt.toISOString(),
      entries: rows.map((r) => toHourEntryView(r, locale)),
    };
  }

  /** Decisions through the link: entries of other organisations are skipped, never changed. */
  async decide(token: string, dto: DecideHoursRequest): Promise<DecideHoursResult> {
    const link = await this.resolve(token);
    return this.decisions.decide({ contactId: link.contactId, organisationId: link.organisationId }, dto);
  }

  /** Unknown, expired, or its contact removed: the same 400 TokenInvalid, saying nothing more. */
  private async resolve(token: string): Promise<ResolvedLink> {
    const [rows]: [{ id: string; organisation_id: string; organisation_name: string; contact_id: string; contact_name: string; expires_at: Date }[], number] =
      await this.dataSource.query(
        `UPDATE organisation_approval_links l SET last_used_at = now()
           FROM organisations o, organisation_contacts c
          WHERE l.token_hash = $1 AND l.expires_at > now() AND o.id = l.organisation_id AND c.id = l.contact_id
        RETURNING l.id, l.organisation_id, o.name AS organisation_name, l.contact_id, c.name AS contact_name, l.expires_at`,
        [hashToken(token)],
      );
    const r = rows[0];
    if (!r) throw new AppError(400, ErrorCode.TokenInvalid, [{ field: 'token', message: '' }]);
    return { id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, contactId: r.contact_id, contactName: r.contact_name, expiresAt: new Date(r.expires_at) };
  }
}
