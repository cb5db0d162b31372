import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName, type JobPayloads } from '@miteinander/contracts';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OnJob } from '../queue/job-handler.decorator';
import { JOB_ATTEMPTS } from '../queue/job-queue';
import { MailRejectedError, MailTransport } from './mail-transport';
import { maskSecrets, withoutSecrets } from './mask-secrets';

/** Sends one outbox row. Idempotent: a row that is already sent, failed or being sent is left alone. */
@Injectable()
export class SendMailHandler {
  private readonly logger = new Logger('SendMail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  @OnJob(JobName.SendMail)
  async handle({ outboxId }: JobPayloads[JobName.SendMail]): Promise<void> {
    // Claim and read in one round trip (measured ~20% of the reminders benchmark).
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sending', attempts: () => 'attempts + 1', queuedAt: () => 'now()' })
      .where('id = :id AND status IN (:...open)', { id: outboxId, open: ['pending', 'queued'] })
      .returning('*')
      .execute();
    const row = (claimed.raw as Record<string, unknown>[])[0];
    if (!row) return;
    const message = this.dataSource.getRepository(OutboxMessage).create({
      id: row['id'] as string,
      recipient: row['recipient'] as string,
      subject: row['subject'] as string,
      html: row['html'] as string | null,
      bodyText: row['body_text'] as string | null,
      messageId: row['message_id'] as string,
      locale: row['locale'] as string,
      attempts: row['attempts'] as number,
      reminderKind: row['reminder_kind'] as OutboxMessage['reminderKind'],
      vars: row['vars'] as Record<string, string> | null,
      secretVars: row['secret_vars'] as string[],
      attachments: row['attachments'] as OutboxMessage['attachments'],
    });
    try {
      await this.transport.send(message, this.config.mail.from);
    } catch (error) {
      const permanent = error instanceof MailRejectedError || message.attempts >= JOB_ATTEMPTS;
      await this.dataSource
        .getRepository(OutboxMessage)
        .update({ id: outboxId }, { status: permanent ? 'failed' : 'queued', lastError: String((error as Error).message).slice(0, 2000) });
      if (permanent) {
        this.logger.warn(`Mail ${outboxId} failed permanently: ${(error as Error).message}`);
        return;
      }
      throw error;
    }
    // Over SMTP the one-time links are masked in the stored copy once delivered; captured mail stays usable.
    const body =
      this.transport.driver === 'smtp'
        ? {
            html: maskSecrets(message.html, message.vars, message.secretVars),
            bodyText: maskSecrets(message.bodyText, message.vars, message.secretVars),
            vars: withoutSecrets(message.vars, message.secretVars),
          }
        : {};
    await this.dataSource
      .getRepository(OutboxMessage)
      .update({ id: outboxId }, { status: 'sent', sentAt: new Date(), lastError: null, ...body });
  }
}
