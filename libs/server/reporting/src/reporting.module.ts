import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard/dashboard.service';
import { DashboardController } from './http/dashboard.controller';
import { ReportsController } from './http/reports.controller';
import { ReportingJobsModule } from './reporting-jobs.module';

/**
 * Read-only views across the areas: the coordinator's start page ("what needs me today"), aggregate reports for a
 * period and municipality, and the evaluation report (PDF + XLSX) rendered as a job.
 */
@Module({
  imports: [ReportingJobsModule],
  controllers: [DashboardController, ReportsController],
  providers: [DashboardService],
})
export class ReportingModule {}
