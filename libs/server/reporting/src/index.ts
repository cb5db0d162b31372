export { ReportingModule } from './reporting.module';
export { DashboardService } from './dashboard/dashboard.service';
export { ReportingJobsModule } from './reporting-jobs.module';
export { ReportsService, REPORT_BUILDERS } from './reports/reports.service';
