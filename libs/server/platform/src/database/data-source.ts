import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** `connection` adds pg connection settings (e.g. startup `options`) for every connection of the pool. */
export function createDataSource(url: string, entities: EntityList, poolSize: number, connection: Record<string, unknown> = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    subscribers: [AuditSubscriber],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { ...connection, max: poolSize },
    // A lookup with an undefined or null id must fail loudly, never match "everything".
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  });
}
