import 'reflect-metadata';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, logLevels, OutboxRelay } from '@miteinander/server-platform';
import { WorkerModule } from './worker.module';

/** Whatever happens, the process is gone this long after SIGTERM (container runtimes send SIGKILL at 10 s). */
const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * SIGTERM/SIGINT: stop handing outbox rows to the queue, let the queue consumers finish the jobs they are
 * running while taking no new ones (their beforeApplicationShutdown hook), then close the database, the
 * SMTP pool and Redis, and exit 0. Jobs still waiting stay in Redis for the other workers or the next start.
 * If that takes too long, exit 1 anyway: a row left mid-send is handed out again by the outbox sweeper.
 */
function closeOnSignals(app: INestApplicationContext, logger: Logger): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: finishing running jobs, taking no new ones`);
    setTimeout(() => {
      logger.error(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.get(OutboxRelay).onApplicationShutdown();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`Shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: logLevels(config) });
  const logger = new Logger('Worker');
  closeOnSignals(app, logger);
  await app.init();
  logger.log(`Worker running: queue on Redis, mail via ${config.mail.driver}, concurrency ${config.queue.concurrency}`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
