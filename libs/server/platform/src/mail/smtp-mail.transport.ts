import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { OutboxMessage } from '../outbox/outbox-message.entity';
import { MailRejectedError, MailTransport } from './mail-transport';

/** SMTP through a pooled nodemailer transport; 5xx answers are permanent, everything else is retried. */
@Injectable()
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  readonly driver = 'smtp' as const;
  private readonly transporter: Transporter;
  private lastCheck?: { at: number; ok: boolean };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.transporter = createTransport(config.mail.smtpUrl!, { pool: true, maxConnections: 5 } as never);
  }

  async send(message: OutboxMessage, from: string): Promise<void> {
    try {
      await this.transporter.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        html: message.html ?? undefined,
        text: message.bodyText ?? undefined,
        messageId: message.messageId,
        headers: { 'Content-Language': message.locale },
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code && code >= 500) throw new MailRejectedError(`${code} ${(error as Error).message}`);
      throw error;
    }
  }

  /** Cached for a minute: health checks run often and must not open an SMTP session each time. */
  async isHealthy(): Promise<boolean> {
    if (this.lastCheck && Date.now() - this.lastCheck.at < 60_000) return this.lastCheck.ok;
    const ok = await this.transporter.verify().catch(() => false);
    this.lastCheck = { at: Date.now(), ok };
    return ok;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
