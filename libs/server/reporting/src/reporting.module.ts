import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard/dashboard.service';
import { DashboardController } from './http/dashboard.controller';

/** Read-only views across the areas: the coordinator's start page ("what needs me today"). */
@Module({
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class ReportingModule {}
