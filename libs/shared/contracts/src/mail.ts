import type { ReminderKind } from './reminders';

export const MAIL_TEMPLATES = [
  'verify-email', 'password-reset', 'invitation', 'hours-nudge', 'hours-approval-digest', 'reminder-digest', 'hours-approval-request', 'hours-rejected', 'police-certificate-reinspection',
  'sponsorship-checkin-overdue', 'card-application-received', 'card-confirmation-request', 'card-issued', 'card-rejected', 'card-expiry',
  'grant-submitted', 'grant-revision-requested', 'grant-decision', 'grant-payment-paid', 'grant-report-reminder', 'grant-report-corrections', 'grant-report-accepted',
  'event-invitation', 'event-rsvp-received', 'event-waitlist-promoted', 'event-reminder', 'event-thank-you', 'event-nomination-request', 'event-cancelled',
  'accessibility-feedback'] as const;
export type MailTemplateName = (typeof MAIL_TEMPLATES)[number];

/** Languages emails can be written in: the UI languages plus Ukrainian, Russian and Farsi. */
export const MAIL_LOCALES = ['de', 'en', 'ar', 'uk', 'ru', 'fa'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];
export const RTL_MAIL_LOCALES: readonly MailLocale[] = ['ar', 'fa'];

/** `suppressed`: not sent because the recipient switched this kind of mail off. */
export const MAIL_STATUSES = ['pending', 'queued', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailSummary {
  id: string;
  to: string;
  template: MailTemplateName;
  /** Set for reminders: which kind, so preferences can be explained. */
  reminderKind: ReminderKind | null;
  locale: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  messageId: string;
  createdAt: string;
  sentAt: string | null;
}

/** A file sent with a mail (calendar file, admission QR code); GET /mail/:id/attachments/:index downloads it. */
export interface MailAttachmentInfo {
  /** Its place in the mail, 0-based: the download route's `:index`. */
  index: number;
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
}

export interface MailDetail extends MailSummary {
  html: string | null;
  text: string | null;
  attachments: MailAttachmentInfo[];
}

/** Who a template is written for: decides which languages it needs. */
export type TemplateAudience = 'everyone' | 'staff';

export interface MailTemplateInfo {
  name: MailTemplateName;
  audience: TemplateAudience;
  /** Cannot be switched off by the recipient. */
  mandatory: boolean;
  /** Variables the text may use, e.g. `name`, `link`. */
  variables: string[];
  locales: { locale: MailLocale; version: number; customised: boolean }[];
}

/** One version of a template text. Body: plain paragraphs separated by blank lines, `{{variable}}` placeholders. */
export interface MailTemplateText {
  name: MailTemplateName;
  locale: MailLocale;
  version: number;
  subject: string;
  body: string;
  actionLabel: string | null;
  customised: boolean;
  createdAt: string | null;
  createdBy: string | null;
}

export interface SaveMailTemplate {
  subject: string;
  body: string;
  actionLabel?: string | null;
}

export interface MailPreview {
  subject: string;
  html: string;
  text: string;
}
