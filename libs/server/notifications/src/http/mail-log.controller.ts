import { Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type MailDetail, type MailSummary, type Page } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { Roles } from '@miteinander/server-identity';
import { MailLogQuery } from '../dto';
import { MailLogService } from '../mail-log.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

@ApiTags('mail')
@Roles('admin', 'coordinator')
@Controller('mail')
export class MailLogController {
  constructor(private readonly log: MailLogService) {}

  @Get()
  list(@Query() q: MailLogQuery): Promise<Page<MailSummary>> {
    return this.log.list(q);
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<MailDetail> {
    return this.log.get(id);
  }

  @Post(':id/resend')
  resend(@Param('id', uuid) id: string): Promise<MailSummary> {
    return this.log.resend(id);
  }
}
