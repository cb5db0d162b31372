import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { OutboxMessage } from '../outbox/outbox-message.entity';
import { listUnsubscribeHeaders } from './list-unsubscribe';
import { MailRejectedError, MailTransport } from './mail-transport';

/** Connections kept open to the SMTP server per process. */
const POOL_CONNECTIONS = 5;

/**
 * Is a failed send final? Only when the server refused this message with a 5xx reply (e.g. 550 no such
 * mailbox, 554 rejected). Everything else is worth another try: 4xx replies (421 closing, 451 greylisted),
 * dropped connections (ECONNECTION, ESOCKET), timeouts (ETIMEDOUT, a server that hangs), and two 5xx
 * replies that say nothing about the message: 503 (bad command sequence, a protocol hiccup of this
 * connection) and authentication failures (EAUTH, a configuration problem that an operator fixes).
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return false;
  return responseCode !== 503 && code !== 'EAUTH';
}

/** SMTP through a pooled nodemailer transport; a 5xx refusal is permanent, everything else is retried. */
@Injectable()
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  readonly driver = 'smtp' as const;
  private readonly transporter: Transporter;
  private lastCheck?: { at: number; ok: boolean };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    const timeout = config.mail.timeoutMs;
    // Options in the first argument (the second one holds message defaults): values in SMTP_URL's query win.
    this.transporter = createTransport({
      url: config.mail.smtpUrl!,
      pool: true,
      maxConnections: POOL_CONNECTIONS,
      // A server that does not answer (connect, greeting, or any reply, e.g. after DATA) fails the send
      // after SMTP_TIMEOUT_MS, and the job is retried, instead of holding a worker slot for 10 minutes.
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as never);
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
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') })),
        headers: { 'Content-Language': message.locale, ...listUnsubscribeHeaders(message) },
      });
    } catch (error) {
      if (isPermanentSmtpFailure(error)) throw new MailRejectedError(`${(error as { responseCode: number }).responseCode} ${(error as Error).message}`);
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
