import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLocale, MailTemplateName, PreferenceMode } from '@miteinander/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessage, type MailAttachment } from '../outbox/outbox-message.entity';
import { OutboxRelay } from '../outbox/outbox-relay';
import { hashToken, newSecretToken } from './secret-token';
import { TEMPLATE_CATALOG } from './template-catalog';
import { MailTemplateStore } from './template-store';
import { renderMail } from './templates';

export interface MailRequest {
  template: MailTemplateName;
  to: string;
  locale: MailLocale;
  vars: Record<string, string>;
  /** Same key, same mail: a replayed or concurrent reminder run does not write a second row. */
  dedupeKey?: string;
  /** Quiet hours: hand to the queue no earlier than this. */
  notBefore?: Date | null;
  /** Small files sent with the mail (a calendar file, an admission QR code); stored with the outbox row. */
  attachments?: MailAttachment[];
}

export interface QueuedMail {
  /** Null when a row with the same dedupe key already existed. */
  id: string | null;
  status: 'pending' | 'suppressed' | 'duplicate';
}

/** Variable name of the footer's preferences link, masked like other secrets once delivered. */
export const PREFERENCES_LINK_VAR = 'preferencesLink';

/** Writes emails into the outbox inside the caller's transaction; the relay sends them after commit. */
@Injectable()
export class MailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
    private readonly templates: MailTemplateStore,
  ) {}

  async queue(manager: EntityManager, request: MailRequest): Promise<QueuedMail> {
    const definition = TEMPLATE_CATALOG[request.template];
    const to = request.to.trim().toLowerCase();
    const mode = definition.reminderKind ? await this.preference(manager, to, definition.reminderKind) : 'instant';
    const id = randomUUID();
    const preferencesToken = newSecretToken();
    const preferencesLink = this.link('mail-preferences', { token: preferencesToken });
    const current = await this.templates.current(manager, request.template, request.locale);
    const rendered = renderMail(definition, current.texts, request.vars, {
      countyName: this.config.countyName,
      logoUrl: this.config.mail.logoUrl,
      locale: current.locale,
      preferencesLink,
      mandatory: definition.mandatory,
    });
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({
        id,
        template: request.template,
        recipient: to,
        locale: current.locale,
        subject: rendered.subject,
        html: rendered.html,
        bodyText: rendered.text,
        // A switched-off reminder is recorded, not sent, so coordinators can see why nothing arrived.
        status: mode === 'off' ? 'suppressed' : 'pending',
        messageId: `<${id}@${this.config.mail.messageIdDomain}>`,
        dedupeKey: request.dedupeKey ?? null,
        reminderKind: definition.reminderKind,
        vars: { ...request.vars, [PREFERENCES_LINK_VAR]: preferencesLink },
        secretVars: [...definition.secret, PREFERENCES_LINK_VAR],
        notBefore: request.notBefore ?? null,
        preferencesTokenHash: hashToken(preferencesToken),
        attachments: request.attachments?.length ? request.attachments : null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (!(result.raw as unknown[]).length) return { id: null, status: 'duplicate' };
    return { id, status: mode === 'off' ? 'suppressed' : 'pending' };
  }

  /** The recipient's choice for a reminder kind; instant unless they chose otherwise. */
  async preference(manager: EntityManager, email: string, kind: string): Promise<PreferenceMode> {
    const rows: { mode: PreferenceMode }[] = await manager.query(`SELECT mode FROM mail_preferences WHERE email = $1 AND kind = $2`, [email.toLowerCase(), kind]);
    return rows[0]?.mode ?? 'instant';
  }

  /** Call after the transaction that queued mail has committed, to send without waiting for the next poll. */
  afterCommit(): void {
    this.relay.nudge();
  }

  /** Builds a link into the web app. */
  link(path: string, params: Record<string, string>): string {
    const url = new URL(path, `${this.config.http.publicUrl}/`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }
}
