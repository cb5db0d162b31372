import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type MailDetail, type MailSummary, type Page } from '@miteinander/contracts';
import { AppError, attachment } from '@miteinander/server-platform';
import { Roles } from '@miteinander/server-identity';
import { MailLogQuery } from '../dto';
import { MailLogService } from '../mail-log.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });
const index = new ParseIntPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

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

  /** The file as it was sent (calendar file, QR code …); the detail lists them with their index. */
  @Get(':id/attachments/:index')
  async attachment(@Param('id', uuid) id: string, @Param('index', index) i: number): Promise<StreamableFile> {
    const file = await this.log.attachment(id, i);
    return attachment(file.body, file.filename, file.contentType);
  }

  @Post(':id/resend')
  resend(@Param('id', uuid) id: string): Promise<MailSummary> {
    return this.log.resend(id);
  }
}
