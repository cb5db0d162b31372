import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale, MailTemplateName } from '@miteinander/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OutboxRelay } from '../outbox/outbox-relay';
import { renderMail } from './templates';

export interface MailRequest {
  template: MailTemplateName;
  to: string;
  locale: Locale;
  vars: Record<string, string>;
  /** Same key, same mail: a replayed reminder run does not write a second row. */
  dedupeKey?: string;
}

/** Writes emails into the outbox inside the caller's transaction; the relay sends them after commit. */
@Injectable()
export class MailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async queue(manager: EntityManager, request: MailRequest): Promise<string> {
    const id = randomUUID();
    const rendered = renderMail(request.template, request.vars, { countyName: this.config.countyName, locale: request.locale });
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values({
        id,
        template: request.template,
        recipient: request.to,
        locale: rendered.locale,
        subject: rendered.subject,
        html: rendered.html,
        bodyText: rendered.text,
        messageId: `<${id}@${this.config.mail.messageIdDomain}>`,
        dedupeKey: request.dedupeKey ?? null,
      })
      .orIgnore()
      .execute();
    return id;
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
