import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CoordinatorToday } from '@miteinander/contracts';
import { Roles } from '@miteinander/server-identity';
import { requestContext } from '@miteinander/server-platform';
import { DashboardService } from '../dashboard/dashboard.service';

/** The coordinator's start page: every queue that needs them, with counts, the most urgent items and links. */
@ApiTags('dashboard')
@Controller('dashboard')
@Roles('coordinator', 'admin')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('today')
  today(): Promise<CoordinatorToday> {
    return this.dashboard.today(requestContext.current()?.locale ?? 'de');
  }
}
