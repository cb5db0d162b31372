/** Queues and the jobs they carry. Every job name has exactly one handler (checked at start-up). */
import type { ReminderKind } from './reminders';

export enum QueueName {
  Mail = 'mail',
  Reminders = 'reminders',
  Reports = 'reports',
}

export enum JobName {
  SendMail = 'mail.send',
  RunReminders = 'reminders.run',
  SendDigests = 'reminders.digest',
  RenderEvaluation = 'reports.evaluation',
  RunRetention = 'privacy.retention',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.RunReminders]: QueueName.Reminders,
  [JobName.SendDigests]: QueueName.Reminders,
  [JobName.RenderEvaluation]: QueueName.Reports,
  // Scheduled like the reminders (same queue and scheduler machinery): one light job a night.
  [JobName.RunRetention]: QueueName.Reminders,
};

export interface JobPayloads {
  [JobName.SendMail]: { outboxId: string };
  [JobName.RunReminders]: { kind: ReminderKind };
  [JobName.SendDigests]: Record<string, never>;
  /** Renders one evaluation report (PDF + XLSX) into its report_exports row; a second run of a finished row does nothing. */
  [JobName.RenderEvaluation]: { exportId: string };
  /** Applies every retention rule once (DSGVO deletion periods); a second run the same day changes nothing. */
  [JobName.RunRetention]: Record<string, never>;
}
