import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ErrorCode, type MailDetail, type MailSummary, type Page } from '@miteinander/contracts';
import { AppError, OutboxMessage } from '@miteinander/server-platform';
import { Roles } from '@miteinander/server-identity';
import { MailQuery } from './dto';

function summary(m: OutboxMessage): MailSummary {
  return {
    id: m.id,
    to: m.recipient,
    template: m.template,
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

/** Every outgoing email: in embedded mode the captured mailbox, with SMTP the delivery log. */
@ApiTags('mail')
@Roles('admin')
@Controller('mail')
export class MailboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() q: MailQuery): Promise<Page<MailSummary>> {
    const qb = this.dataSource.getRepository(OutboxMessage).createQueryBuilder('m');
    if (q.q) qb.andWhere('(m.recipient ILIKE :q OR m.subject ILIKE :q)', { q: `%${q.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (q.status) qb.andWhere('m.status = :status', { status: q.status });
    const [rows, total] = await qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
    return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) })) id: string): Promise<MailDetail> {
    const m = await this.dataSource.getRepository(OutboxMessage).findOneBy({ id });
    if (!m) throw new AppError(404, ErrorCode.NotFound);
    return { ...summary(m), html: m.html, text: m.bodyText };
  }
}
