import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { HealthView } from '@miteinander/contracts';
import { APP_CONFIG, JobQueue, MailTransport, type AppConfig } from '@miteinander/server-platform';
import { Public } from '@miteinander/server-identity';

@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly mail: MailTransport,
  ) {}

  /**
   * Whether this process can serve requests: PostgreSQL and the queue. Mail is left out on purpose: the api only
   * writes outbox rows and the worker sends them, so a mail relay outage must not take every api replica out of
   * service (load balancers and Kubernetes readiness use this route; /api/health shows the whole picture).
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ok' | 'degraded' }> {
    const [db, queue] = await Promise.all([this.dataSource.query('SELECT 1').then(() => true, () => false), this.queue.isHealthy()]);
    if (!(db && queue)) reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: db && queue ? 'ok' : 'degraded' };
  }

  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const [db, queue, mail] = await Promise.all([
      this.dataSource.query('SELECT 1').then(() => true, () => false),
      this.queue.isHealthy(),
      this.mail.isHealthy(),
    ]);
    const ok = db && queue && mail;
    if (!ok) reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    const state = (up: boolean) => (up ? 'up' : 'down') as 'up' | 'down';
    return {
      status: ok ? 'ok' : 'degraded',
      database: { state: state(db), driver: this.config.database.url ? 'postgres' : 'embedded' },
      queue: { state: state(queue), driver: this.queue.driver },
      mail: { state: state(mail), driver: this.mail.driver },
      version: process.env['npm_package_version'] ?? '0.1.0',
    };
  }
}
