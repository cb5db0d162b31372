/** Queues and the jobs they carry. Every job name has exactly one handler (checked at start-up). */
import type { ReminderKind } from './reminders';

export enum QueueName {
  Mail = 'mail',
  Reminders = 'reminders',
}

export enum JobName {
  SendMail = 'mail.send',
  RunReminders = 'reminders.run',
  SendDigests = 'reminders.digest',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.RunReminders]: QueueName.Reminders,
  [JobName.SendDigests]: QueueName.Reminders,
};

export interface JobPayloads {
  [JobName.SendMail]: { outboxId: string };
  [JobName.RunReminders]: { kind: ReminderKind };
  [JobName.SendDigests]: Record<string, never>;
}
