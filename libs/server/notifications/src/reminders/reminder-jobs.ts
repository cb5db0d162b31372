import { Injectable } from '@nestjs/common';
import { JobName, type JobPayloads } from '@miteinander/contracts';
import { OnJob } from '@miteinander/server-platform';
import { DigestSender } from './digest-sender';
import { ReminderRunner } from './reminder-runner';

@Injectable()
export class ReminderJobs {
  constructor(
    private readonly runner: ReminderRunner,
    private readonly digests: DigestSender,
  ) {}

  @OnJob(JobName.RunReminders)
  async run({ kind }: JobPayloads[JobName.RunReminders]): Promise<void> {
    await this.runner.run(kind);
  }

  @OnJob(JobName.SendDigests)
  async digest(): Promise<void> {
    await this.digests.send();
  }
}
