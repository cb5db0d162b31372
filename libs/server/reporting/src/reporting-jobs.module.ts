import { Module } from '@nestjs/common';
import { EvaluationRenderer } from './evaluation/evaluation-renderer';
import { ReportsService } from './reports/reports.service';

/** What the worker runs for reporting (and the api too, with inline jobs): the evaluation-report renderer. */
@Module({
  providers: [ReportsService, EvaluationRenderer],
  exports: [ReportsService],
})
export class ReportingJobsModule {}
