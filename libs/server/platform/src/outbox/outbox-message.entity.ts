import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MailStatus, MailTemplateName, ReminderKind } from '@miteinander/contracts';

/** A file sent with a mail. Content is base64 so the row stays JSON; only small files (a few kB) belong here. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** An email waiting to be sent, written in the same transaction as the change that causes it. */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  template!: MailTemplateName;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  locale!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ name: 'body_text', type: 'text', nullable: true })
  bodyText!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'reminder_kind', type: 'text', nullable: true })
  reminderKind!: ReminderKind | null;

  /** The variables the mail was rendered with; secret ones are removed once delivered over SMTP. */
  @Column({ type: 'jsonb', nullable: true })
  vars!: Record<string, string> | null;

  @Column({ name: 'secret_vars', type: 'text', array: true, default: () => "'{}'" })
  secretVars!: string[];

  /** Quiet hours: not handed to the queue before this instant. */
  @Column({ name: 'not_before', type: 'timestamptz', nullable: true })
  notBefore!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  attachments!: MailAttachment[] | null;

  @Column({ name: 'preferences_token_hash', type: 'text', nullable: true })
  preferencesTokenHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
