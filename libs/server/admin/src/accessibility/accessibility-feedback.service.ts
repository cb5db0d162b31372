import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessibilityFeedbackReceipt, Locale, MailLocale } from '@miteinander/contracts';
import { MailService, requestContext } from '@miteinander/server-platform';
import type { AccessibilityFeedbackDto } from './accessibility-feedback.dto';

interface Recipient {
  email: string;
  name: string;
  locale: MailLocale;
}

/** Who reads the feedback: the active coordinators; the admins when the county has no coordinator yet. */
const RECIPIENTS_SQL = `
  SELECT email, display_name AS name, locale FROM users
   WHERE active AND ('coordinator' = ANY(roles)
         OR ('admin' = ANY(roles) AND NOT EXISTS (SELECT 1 FROM users c WHERE c.active AND 'coordinator' = ANY(c.roles))))
   ORDER BY email`;

const NO_REPLY: Record<'de' | 'en', string> = { de: 'keine Antwort gewünscht', en: 'no answer wanted' };

/**
 * Stores a report of a barrier and mails it to the coordination in the same transaction (outbox), so a stored
 * report is never left unannounced and an announced one is never lost.
 */
@Injectable()
export class AccessibilityFeedbackService {
  private readonly logger = new Logger(AccessibilityFeedbackService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async submit(dto: AccessibilityFeedbackDto): Promise<AccessibilityFeedbackReceipt> {
    // A filled honeypot is a bot: answer as usual so it learns nothing, keep and send nothing.
    if (dto.website?.trim()) {
      this.logger.warn('Accessibility feedback with a filled honeypot dropped');
      return { status: 'received' };
    }
    const locale: Locale = requestContext.current()?.locale ?? 'de';
    await this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO accessibility_feedback (page, message, email, locale) VALUES ($1, $2, $3, $4)`, [dto.page, dto.message, dto.email ?? null, locale]);
      const recipients: Recipient[] = await m.query(RECIPIENTS_SQL);
      for (const r of recipients) {
        const lang = r.locale === 'en' ? 'en' : 'de';
        await this.mail.queue(m, {
          template: 'accessibility-feedback',
          to: r.email,
          locale: r.locale,
          vars: { name: r.name, page: dto.page, message: dto.message, replyTo: dto.email ?? NO_REPLY[lang] },
        });
      }
    });
    this.mail.afterCommit();
    return { status: 'received' };
  }
}
