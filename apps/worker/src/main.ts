import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, logLevels } from '@miteinander/server-platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(process.env, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: logLevels(config) });
  app.enableShutdownHooks();
  await app.init();
  new Logger('Worker').log(`Worker running: queue on Redis, mail via ${config.mail.driver}, concurrency ${config.queue.concurrency}`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
