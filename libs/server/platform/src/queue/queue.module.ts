import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { QueueName } from '@miteinander/contracts';
import type { AppConfig } from '../config/app-config';
import { JobRegistry } from './job-registry';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, JobQueue } from './job-queue';
import { InlineJobQueue } from './inline-job-queue';
import { BullJobQueue } from './bull-job-queue';
import { BULL_CONSUMERS } from './bull-consumers';
import { redisOptionsFromUrl } from './redis-options';

@Global()
@Module({})
export class QueueModule {
  /** Inline driver without Redis; BullMQ with REDIS_URL, consuming only in processes that run jobs. */
  static forRoot(config: AppConfig): DynamicModule {
    if (config.queue.driver === 'inline') {
      return {
        module: QueueModule,
        imports: [DiscoveryModule],
        providers: [JobRegistry, InlineJobQueue, { provide: JobQueue, useExisting: InlineJobQueue }],
        exports: [JobQueue, JobRegistry],
      };
    }
    const consumes = config.role !== 'api';
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({
          connection: redisOptionsFromUrl(config.queue.redisUrl!),
          prefix: config.queue.prefix,
          defaultJobOptions: {
            attempts: JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
            // Finished jobs are kept for inspection; a second send is prevented by the handler's claim on the row.
            removeOnComplete: { age: 24 * 3600 },
            removeOnFail: { age: 14 * 24 * 3600 },
          },
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [JobRegistry, BullJobQueue, { provide: JobQueue, useExisting: BullJobQueue }, ...(consumes ? BULL_CONSUMERS : [])],
      exports: [JobQueue, JobRegistry],
    };
  }
}
