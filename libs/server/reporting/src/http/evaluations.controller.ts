import { Body, Controller, Get, HttpCode, Param, Post, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EvaluationExportView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { attachment, requestContext } from '@miteinander/server-platform';
import { EvaluationExportsService } from '../evaluation/evaluation-exports.service';

const locale = () => requestContext.current()?.locale ?? 'de';

/** The evaluation report for the county council: started here, rendered as a job, polled, then downloaded. */
@ApiTags('reports')
@Controller('reports/evaluations')
@Roles('coordinator', 'admin')
export class EvaluationsController {
  constructor(private readonly exports: EvaluationExportsService) {}

  /** 202: the export is queued; poll GET :id for its progress. */
  @Post()
  @HttpCode(202)
  start(@CurrentUser() user: User, @Body() body: unknown): Promise<EvaluationExportView> {
    const input = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    return this.exports.start(input, user.id, locale());
  }

  @Get(':id')
  view(@Param('id') id: string): Promise<EvaluationExportView> {
    return this.exports.view(id, locale());
  }

  @Get(':id/pdf')
  async pdf(@Param('id') id: string): Promise<StreamableFile> {
    const file = await this.exports.file(id, 'pdf');
    return attachment(file.bytes, file.fileName, file.contentType);
  }

  @Get(':id/xlsx')
  async xlsx(@Param('id') id: string): Promise<StreamableFile> {
    const file = await this.exports.file(id, 'xlsx');
    return attachment(file.bytes, file.fileName, file.contentType);
  }
}
