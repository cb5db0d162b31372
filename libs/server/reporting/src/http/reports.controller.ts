import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, REPORT_NAMES, type Report, type ReportName } from '@miteinander/contracts';
import { Roles } from '@miteinander/server-identity';
import { AppError, requestContext } from '@miteinander/server-platform';
import { ReportsService } from '../reports/reports.service';

/** Aggregate reports for a period and municipality: figures only, never a person. */
@ApiTags('reports')
@Controller('reports')
@Roles('coordinator', 'admin')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':name')
  async report(@Param('name') name: string, @Query() query: Record<string, unknown>): Promise<Report> {
    if (!(REPORT_NAMES as readonly string[]).includes(name)) {
      throw new AppError(404, ErrorCode.NotFound, [{ field: 'name', message: requestContext.current()?.locale === 'de' ? 'Diesen Bericht gibt es nicht.' : 'There is no such report.' }]);
    }
    const scope = await this.reports.scopeOf(query);
    return this.reports.build(name as ReportName, scope, requestContext.current()?.locale ?? 'de');
  }
}
