import { Module } from '@nestjs/common';
import './messages';
import { ApprovalLinksService } from './approval-links.service';
import { CertificateService } from './certificate/certificate.service';
import { DecisionsService } from './decisions.service';
import { HoursExportService } from './export/hours-export.service';
import { HourEntriesService } from './hour-entries.service';
import { ApprovalLinksController, PublicHourApprovalsController } from './http/approval-links.controller';
import { HoursController } from './http/hours.controller';
import { VolunteerHoursController } from './http/volunteer-hours.controller';
import { PeriodLockService } from './period-lock.service';
import { TotalsService } from './totals.service';
import { VolunteerAccess } from './volunteer-access';

/** Hour logging, approvals (coordinators and organisation contacts by link), totals, exports and certificates. */
@Module({
  controllers: [HoursController, VolunteerHoursController, ApprovalLinksController, PublicHourApprovalsController],
  providers: [HourEntriesService, DecisionsService, TotalsService, PeriodLockService, ApprovalLinksService, HoursExportService, CertificateService, VolunteerAccess],
  exports: [TotalsService],
})
export class HoursModule {}
