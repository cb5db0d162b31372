import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createDataSource, type EntityList } from './data-source';

/**
 * Where reports and list exports read: a PostgreSQL replica (`DATABASE_READ_URL`), or the primary DataSource itself
 * when none is configured. Inject it with `@Inject(READ_DATA_SOURCE) reads: DataSource` and only ever read through
 * it: it may lag the primary by a moment, so a row this request or job just wrote is read from the primary.
 */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/** Every transaction on the read connection is read-only from its first statement, so a mistaken write fails loudly. */
const READ_ONLY_SESSION = '-c default_transaction_read_only=on';

export async function openReadDataSource(url: string, entities: EntityList, poolSize: number): Promise<DataSource> {
  const reads = createDataSource(url, entities, poolSize, { options: READ_ONLY_SESSION, application_name: 'miteinander-reads' });
  await reads.initialize();
  // An `options` parameter in the URL (or a pooler that drops it) would silently win over ours: check, do not hope.
  const [{ default_transaction_read_only: readOnly }]: { default_transaction_read_only: string }[] = await reads.query('SHOW default_transaction_read_only');
  if (readOnly !== 'on') {
    await reads.destroy();
    throw new Error('DATABASE_READ_URL: the read connection is not read-only (default_transaction_read_only is off); remove any "options" from the URL');
  }
  new Logger('Database').log('Reports and exports read from DATABASE_READ_URL');
  return reads;
}
