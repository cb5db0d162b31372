import { Injectable } from '@nestjs/common';
import { JobName } from '@miteinander/contracts';
import { OnJob } from '@miteinander/server-platform';
import { RetentionService } from './retention.service';

/** The queue's entry to the retention run; a failure fails the job, so the queue tries again. */
@Injectable()
export class RetentionJob {
  constructor(private readonly retention: RetentionService) {}

  @OnJob(JobName.RunRetention)
  async run(): Promise<void> {
    await this.retention.run();
  }
}
