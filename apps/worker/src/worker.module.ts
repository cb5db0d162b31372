import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type AppConfig } from '@miteinander/server-platform';
import { IDENTITY_ENTITIES } from '@miteinander/server-identity';
import { PEOPLE_ENTITIES } from '@miteinander/server-people';
import { HOURS_ENTITIES } from '@miteinander/server-hours';
import { SPONSORSHIP_ENTITIES } from '@miteinander/server-sponsorships';
import { NotificationsModule } from '@miteinander/server-notifications';
import { ReportingJobsModule } from '@miteinander/server-reporting';
import { RetentionJobsModule } from '@miteinander/server-privacy';
import { WorkerHeartbeat } from './health/worker-heartbeat';

/** The worker: queue consumers and the outbox relay; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [PlatformModule.forRoot(config, [...IDENTITY_ENTITIES, ...PEOPLE_ENTITIES, ...HOURS_ENTITIES, ...SPONSORSHIP_ENTITIES]), NotificationsModule, ReportingJobsModule, RetentionJobsModule], providers: [WorkerHeartbeat] };
  }
}
