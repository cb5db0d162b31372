export { ReportingModule } from './reporting.module';
export { DashboardService } from './dashboard/dashboard.service';
