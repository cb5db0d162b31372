import 'reflect-metadata';
import { ConfigError, createDataSource, loadConfig, PLATFORM_ENTITIES, startEmbeddedPostgres } from '@miteinander/server-platform';
import { ALL_ENTITIES } from './app/app.module';

/** `node migrate.js [up|down|show]`: the explicit migration command for services mode. */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'up';
  const config = loadConfig(process.env, 'api');
  const embedded = config.database.url ? null : await startEmbeddedPostgres({ dataDir: config.database.dataDir, maxConnections: 2 });
  const dataSource = createDataSource(config.database.url ?? embedded!.url, [...PLATFORM_ENTITIES, ...ALL_ENTITIES], 1);
  await dataSource.initialize();
  try {
    if (command === 'up') {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      console.log(ran.length ? `Applied: ${ran.map((m) => m.name).join(', ')}` : 'Schema is up to date.');
    } else if (command === 'down') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else if (command === 'show') {
      console.log((await dataSource.showMigrations()) ? 'Pending migrations exist.' : 'Schema is up to date.');
    } else {
      throw new ConfigError(`Unknown command "${command}": use up, down or show.`);
    }
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
