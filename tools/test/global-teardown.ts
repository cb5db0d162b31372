import type { EmbeddedPostgres } from '../../libs/server/platform/src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>)['__EMBEDDED_PG__'] as EmbeddedPostgres | undefined;
  await embedded?.stop();
}
