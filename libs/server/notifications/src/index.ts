export { NotificationsModule } from './notifications.module';
export { ReminderRegistry, type ReminderProvider, type DueReminder } from './reminders/reminder-provider';
export { ReminderRunner, type RunResult } from './reminders/reminder-runner';
export { DigestSender } from './reminders/digest-sender';
export { ReminderScheduler } from './reminders/reminder-scheduler';
export { PreferencesService } from './preferences.service';
