import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig, type ProcessRole } from '@miteinander/server-platform';
import { createApp } from '../app/create-app';

/** Config for tests: the shared test database, fast outbox polling, no Secure flag on http cookies. */
export function testConfig(overrides: Record<string, string> = {}, role: ProcessRole = 'all'): AppConfig {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest --selectProjects integration');
  return loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      // PGlite is one database session: a single connection keeps transactions from interleaving.
      DATABASE_POOL_SIZE: process.env['TEST_DATABASE_KIND'] === 'embedded' ? '1' : '4',
      COOKIE_SECURE: 'false',
      OUTBOX_POLL_MS: '100',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'], QUEUE_PREFIX: `test-${process.pid}-${Date.now()}` } : {}),
      ...overrides,
    },
    role,
  );
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  agent: () => ReturnType<typeof request.agent>;
  close: () => Promise<void>;
}

export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  await resetDatabase(dataSource);
  return {
    app,
    config,
    dataSource,
    http: () => request(app.getHttpServer()),
    agent: () => request.agent(app.getHttpServer()),
    close: () => app.close(),
  };
}

/** Empties every table but the migration history, so each test file starts from a clean database. */
export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
  );
  if (!tables.length) return;
  // audit_log refuses TRUNCATE unless the session allows it (migration 1764001200000); SET LOCAL ends with the transaction.
  await dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('miteinander.allow_audit_truncate', 'on', true)`);
    await m.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  });
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
