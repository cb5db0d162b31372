/** Queues and the jobs they carry. Every job name has exactly one handler (checked at start-up). */
export enum QueueName {
  Mail = 'mail',
}

export enum JobName {
  SendMail = 'mail.send',
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
};

export interface JobPayloads {
  [JobName.SendMail]: { outboxId: string };
}
