export const MAIL_TEMPLATES = ['verify-email', 'password-reset', 'invitation'] as const;
export type MailTemplateName = (typeof MAIL_TEMPLATES)[number];

export const MAIL_STATUSES = ['pending', 'queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailSummary {
  id: string;
  to: string;
  template: MailTemplateName;
  locale: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  messageId: string;
  createdAt: string;
  sentAt: string | null;
}

export interface MailDetail extends MailSummary {
  html: string | null;
  text: string | null;
}
