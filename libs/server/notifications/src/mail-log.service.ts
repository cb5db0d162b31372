import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type MailDetail, type MailSummary, type Page } from '@miteinander/contracts';
import { APP_CONFIG, AppError, MailService, OutboxMessage, type AppConfig, type MailAttachment, containsPattern } from '@miteinander/server-platform';
import type { MailLogQuery } from './dto';

export function toMailSummary(m: OutboxMessage): MailSummary {
  return {
    id: m.id,
    to: m.recipient,
    template: m.template,
    reminderKind: m.reminderKind,
    locale: m.locale,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    messageId: m.messageId,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

/** Every outgoing email: the captured mailbox in embedded mode, the delivery log with SMTP. */
@Injectable()
export class MailLogService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async list(q: MailLogQuery): Promise<Page<MailSummary>> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (q.q) qb.andWhere('(m.recipient ILIKE :q OR m.subject ILIKE :q)', { q: containsPattern(q.q) });
    if (q.status) qb.andWhere('m.status = :status', { status: q.status });
    if (q.template) qb.andWhere('m.template = :template', { template: q.template });
    const [rows, total] = await qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
    return { items: rows.map(toMailSummary), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<MailDetail> {
    const m = await this.dataSource.getRepository(OutboxMessage).findOneBy({ id });
    if (!m) throw new AppError(404, ErrorCode.NotFound);
    const attachments = (m.attachments ?? []).map((a, index) => ({ index, filename: a.filename, contentType: a.contentType, size: Buffer.byteLength(a.contentBase64, 'base64') }));
    return { ...toMailSummary(m), html: m.html, text: m.bodyText, attachments };
  }

  /** One attachment's bytes as sent, for the mail log's download link. 404 for a wrong index. */
  async attachment(id: string, index: number): Promise<{ body: Buffer; filename: string; contentType: string }> {
    const [row]: { attachments: MailAttachment[] | null }[] = await this.dataSource.query(`SELECT attachments FROM outbox WHERE id = $1`, [id]);
    const a = Number.isInteger(index) && index >= 0 ? row?.attachments?.[index] : undefined;
    if (!a) throw new AppError(404, ErrorCode.NotFound);
    return { body: Buffer.from(a.contentBase64, 'base64'), filename: a.filename, contentType: a.contentType };
  }

  /** Sends a failed or suppressed message again, as a new message (its own Message-ID), right away. */
  async resend(id: string): Promise<MailSummary> {
    const copy = await this.dataSource.transaction(async (m) => {
      const original = await m.findOne(OutboxMessage, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!original) throw new AppError(404, ErrorCode.NotFound);
      if (original.status !== 'failed' && original.status !== 'suppressed') throw new AppError(409, ErrorCode.NotResendable);
      const newId = randomUUID();
      return m.save(
        m.create(OutboxMessage, {
          ...original,
          id: newId,
          status: 'pending',
          attempts: 0,
          lastError: null,
          messageId: `<${newId}@${this.config.mail.messageIdDomain}>`,
          dedupeKey: null,
          notBefore: null,
          preferencesTokenHash: null,
          queuedAt: null,
          sentAt: null,
          createdAt: undefined,
        }),
      );
    });
    this.mail.afterCommit();
    return toMailSummary(copy);
  }
}
