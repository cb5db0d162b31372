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

  async isHealthy(): Promise<boolean> {
    try {
      return await this.transporter.verify();
    } catch {
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
