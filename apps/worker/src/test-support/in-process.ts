import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@miteinander/server-platform';
import { WorkerModule } from '../worker.module';
import { uniquePrefix } from './processes';

/** BullMQ where REDIS_URL is set (the services run), the inline driver otherwise. */
export const QUEUE_DRIVER: 'bullmq' | 'inline' = process.env['REDIS_URL'] ? 'bullmq' : 'inline';

/**
 * The worker's modules in this process (relay, sweeper, queue consumers, SMTP transport) on the test
 * database: with REDIS_URL on BullMQ under a queue prefix of its own, else on the inline driver.
 */
export async function startPipeline(env: Record<string, string>): Promise<INestApplicationContext> {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest --selectProjects integration');
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: url,
      // PGlite is one database session: a single connection keeps transactions from interleaving.
      DATABASE_POOL_SIZE: process.env['TEST_DATABASE_KIND'] === 'embedded' ? '1' : '10',
      OUTBOX_POLL_MS: '100',
      MAIL_MESSAGE_ID_DOMAIN: 'test.local',
      ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'], QUEUE_PREFIX: uniquePrefix('mail') } : {}),
      ...env,
    },
    'all',
  );
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
  await app.init();
  return app;
}
