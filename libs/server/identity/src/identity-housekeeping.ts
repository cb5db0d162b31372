import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

const EVERY_MS = 60 * 60_000;

/**
 * Deletes expired sessions, old one-time tokens and finished throttle windows once an hour.
 * Idempotent deletes, so several processes may run it side by side.
 */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => void this.run().catch((e) => new Logger('Housekeeping').warn((e as Error).message)), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE expires_at < now()`);
    await this.dataSource.query(`DELETE FROM auth_tokens WHERE expires_at < now() - interval '30 days'`);
    await this.dataSource.query(
      `DELETE FROM login_throttle WHERE window_started_at < now() - make_interval(mins => $1::int)`,
      [this.config.auth.throttleWindowMinutes],
    );
  }
}
