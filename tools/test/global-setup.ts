import 'reflect-metadata';
// Direct file imports: Jest's globalSetup does not apply moduleNameMapper, so no path aliases here.
import { createDataSource } from '../../libs/server/platform/src/database/data-source';
import { startEmbeddedPostgres } from '../../libs/server/platform/src/database/embedded-postgres';

/**
 * One database per test run: the PostgreSQL server from DATABASE_URL (its public schema is reset),
 * or one embedded PGlite in memory (creating one costs ~2 s, so it is shared; files isolate by truncation).
 * Migrations run once here; tests read TEST_DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  let url = process.env['DATABASE_URL'];
  if (!url) {
    const embedded = await startEmbeddedPostgres({ maxConnections: 20 });
    (globalThis as Record<string, unknown>)['__EMBEDDED_PG__'] = embedded;
    url = embedded.url;
  }
  const dataSource = createDataSource(url, [], 1);
  await dataSource.initialize();
  if (process.env['DATABASE_URL']) {
    await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
    await dataSource.query('CREATE SCHEMA public');
  }
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env['TEST_DATABASE_URL'] = url;
  process.env['TEST_DATABASE_KIND'] = process.env['DATABASE_URL'] ? 'server' : 'embedded';
}
