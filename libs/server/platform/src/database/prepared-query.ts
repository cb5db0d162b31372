import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

// Prepared statements live in a connection's session, and the embedded database serves every connection (of
// this process and of any earlier one in the same test run) from one session: names carry this process's random
// tag and a number per connection, so two connections never prepare the same name.
const processTag = randomBytes(4).toString('hex');
const connectionIds = new WeakMap<object, number>();
let nextConnectionId = 0;

/**
 * Runs a hot statement as a named prepared statement on the query runner's connection (a transaction's, or one
 * taken for the purpose), so PostgreSQL parses and plans it once per connection instead of on every call
 * (measured: a CTE that reads facts and writes an entry with its audit row went from ~1,700 to ~3,500
 * transactions/s). A manager without a query runner runs it as a plain query.
 */
export async function preparedQuery<T>(m: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  if (!m.queryRunner) return m.query(text, values);
  const client = (await m.queryRunner.connect()) as PgClient;
  let id = connectionIds.get(client);
  if (id === undefined) {
    id = ++nextConnectionId;
    connectionIds.set(client, id);
  }
  return (await client.query({ name: `${name}-${processTag}-${id}`, text, values })).rows as T[];
}
