import { Module } from '@nestjs/common';
import { RetentionJob } from './retention-job';
import { RetentionScheduler } from './retention-scheduler';
import { RetentionService } from './retention.service';

/** What the worker runs for privacy (and the api too, with inline jobs): the scheduled retention run. */
@Module({
  providers: [RetentionService, RetentionJob, RetentionScheduler],
  exports: [RetentionService],
})
export class RetentionJobsModule {}
