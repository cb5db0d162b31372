import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isThrottled, retryAfterSeconds, type ThrottleState } from '@miteinander/domain-identity';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

export interface ThrottleVerdict {
  blocked: boolean;
  retryAfterSeconds: number;
}

/**
 * Counts failed sign-ins per account and per IP address in PostgreSQL, so every API process sees
 * the same counts; the upsert is atomic, so parallel guesses cannot slip past the limit.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  private get windowMs(): number {
    return this.config.auth.throttleWindowMinutes * 60_000;
  }

  async check(email: string, ip: string): Promise<ThrottleVerdict> {
    const rows: { key: string; failures: number; window_started_at: Date }[] = await this.dataSource.query(
      `SELECT key, failures, window_started_at FROM login_throttle WHERE key = ANY($1::text[])`,
      [[this.accountKey(email), this.ipKey(ip)]],
    );
    const now = new Date();
    for (const row of rows) {
      const state: ThrottleState = { failures: row.failures, windowStartedAt: new Date(row.window_started_at) };
      const max = row.key.startsWith('account:') ? this.config.auth.maxFailuresPerAccount : this.config.auth.maxFailuresPerIp;
      if (isThrottled(state, now, max, this.windowMs)) return { blocked: true, retryAfterSeconds: retryAfterSeconds(state, now, this.windowMs) };
    }
    return { blocked: false, retryAfterSeconds: 0 };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    for (const key of [this.accountKey(email), this.ipKey(ip)]) {
      await this.dataSource.query(
        `INSERT INTO login_throttle (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_throttle.window_started_at <= now() - make_interval(secs => $2::int) THEN 1 ELSE login_throttle.failures + 1 END,
           window_started_at = CASE WHEN login_throttle.window_started_at <= now() - make_interval(secs => $2::int) THEN now() ELSE login_throttle.window_started_at END`,
        [key, Math.round(this.windowMs / 1000)],
      );
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [this.accountKey(email)]);
  }

  private accountKey(email: string): string {
    return `account:${email.toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `ip:${ip}`;
  }
}
