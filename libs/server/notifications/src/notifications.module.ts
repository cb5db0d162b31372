import { Module } from '@nestjs/common';
import { MailLogController } from './http/mail-log.controller';
import { MyPreferencesController, PreferencesByLinkController } from './http/preferences.controller';
import { TemplatesController } from './http/templates.controller';
import { MailLogService } from './mail-log.service';
import { PreferencesService } from './preferences.service';
import { TemplatesService } from './templates.service';
import { DigestSender } from './reminders/digest-sender';
import { ReminderJobs } from './reminders/reminder-jobs';
import { ReminderRegistry } from './reminders/reminder-provider';
import { ReminderRunner } from './reminders/reminder-runner';
import { ReminderScheduler } from './reminders/reminder-scheduler';
import { HoursApprovalProvider } from './reminders/providers/hours-approval.provider';
import { HoursNudgeProvider } from './reminders/providers/hours-nudge.provider';
import { PoliceCertificateProvider } from './reminders/providers/police-certificate.provider';
import { SponsorshipCheckInProvider } from './reminders/providers/sponsorship-check-in.provider';
import { CardExpiryProvider } from './reminders/providers/card-expiry.provider';
import { MicroprojectReportProvider } from './reminders/providers/microproject-report.provider';
import { EventReminderProvider } from './reminders/providers/event-reminder.provider';

/** Mail log, template texts, recipients' preferences and the reminder engine with its schedulers. */
@Module({
  controllers: [MailLogController, TemplatesController, PreferencesByLinkController, MyPreferencesController],
  providers: [
    MailLogService, TemplatesService, PreferencesService,
    ReminderRegistry, ReminderRunner, DigestSender, ReminderJobs, ReminderScheduler,
    HoursNudgeProvider, HoursApprovalProvider, PoliceCertificateProvider, SponsorshipCheckInProvider, CardExpiryProvider, MicroprojectReportProvider, EventReminderProvider,
  ],
  exports: [ReminderRegistry, ReminderRunner, DigestSender, PreferencesService],
})
export class NotificationsModule {}
