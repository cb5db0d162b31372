import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export function createDataSource(url: string, entities: EntityList, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    subscribers: [AuditSubscriber],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize },
    // A lookup with an undefined or null id must fail loudly, never match "everything".
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  });
}
