import type { OutboxMessage } from '../outbox/outbox-message.entity';

/** Delivers one rendered message. Throws MailRejectedError for a permanent refusal (SMTP 5xx). */
export abstract class MailTransport {
  abstract readonly driver: 'captured' | 'smtp';
  abstract send(message: OutboxMessage, from: string): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
}

export class MailRejectedError extends Error {}
