import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard/dashboard.service';
import { DashboardController } from './http/dashboard.controller';
import { EvaluationsController } from './http/evaluations.controller';
import { ReportsController } from './http/reports.controller';
import { ReportingJobsModule } from './reporting-jobs.module';
import { EvaluationExportsService } from './evaluation/evaluation-exports.service';

/**
 * Read-only views across the areas: the coordinator's start page ("what needs me today"), aggregate reports for a
 * period and municipality, and the evaluation report (PDF + XLSX) rendered as a job.
 */
@Module({
  imports: [ReportingJobsModule],
  controllers: [DashboardController, ReportsController, EvaluationsController],
  providers: [DashboardService, EvaluationExportsService],
})
export class ReportingModule {}
