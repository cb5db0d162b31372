import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@miteinander/server-platform';
import { SetupService } from '@miteinander/server-identity';
import { seedDemoData } from '@miteinander/tools-seed';
import { createApp } from './app/create-app';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const demo = process.argv.includes('--demo');
  const config = loadConfig({ ...process.env, ...(demo ? { DEMO_DATA: 'true' } : {}) }, 'api');
  const app = await createApp(config);
  await app.listen(config.http.port, config.http.host);
  const logger = new Logger('Miteinander');
  const admin = await app.get(SetupService).ensureFirstAdmin();
  if (config.setup.demoData) await seedDemoData(app);
  const mode = config.role === 'all' ? 'embedded (one process: HTTP + jobs)' : 'api (HTTP; jobs run in the worker)';
  logger.log(`Miteinander is running on ${config.http.publicUrl} — ${mode}, started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  logger.log(`Database: ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.dataDir}`}; queue: ${config.queue.driver}; mail: ${config.mail.driver}`);
  if (admin?.password) {
    logger.log(`First admin login: ${admin.email} / ${admin.password}  (change it on the profile page)`);
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
