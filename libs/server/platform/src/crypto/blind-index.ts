import { createHmac, hkdfSync } from 'node:crypto';

const BLOCK = 64;

/** What a hand-written statement's parameter list offers (SqlParams in server-people). */
export interface ParamSink {
  add(value: unknown): string;
}

/**
 * A keyed tag (HMAC-SHA256) of a value, so SQL can filter on an encrypted fact without reading it: the table holds
 * only `tag(rowId|value)`, which without the key says nothing about the value, yet a query can compare it with the
 * tag of the value it looks for. The tag key is derived from the first encryption key (HKDF), so it rotates with it
 * (the start-up sweep recomputes the tags). SQL computes the HMAC with PostgreSQL's built-in sha256 from the two
 * padded keys, so no extension is needed and the key itself never reaches the database.
 */
export class BlindIndex {
  private readonly key: Buffer;
  private readonly inner: Buffer;
  private readonly outer: Buffer;

  constructor(primaryKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', primaryKey, Buffer.alloc(0), 'miteinander blind index v1', 32));
    const padded = Buffer.concat([this.key, Buffer.alloc(BLOCK - this.key.length)]);
    this.inner = Buffer.from(padded.map((b) => b ^ 0x36));
    this.outer = Buffer.from(padded.map((b) => b ^ 0x5c));
  }

  tag(message: string): string {
    return createHmac('sha256', this.key).update(message, 'utf8').digest('hex');
  }

  /** SQL for the same tag of a text expression; the padded keys go in as parameters. */
  tagSql(params: ParamSink, messageSql: string): string {
    const inner = params.add(this.inner);
    const outer = params.add(this.outer);
    return `encode(sha256(${outer}::bytea || sha256(${inner}::bytea || convert_to(${messageSql}, 'UTF8'))), 'hex')`;
  }
}

/**
 * SQL true when the stored tag says the encrypted fact of that row is `plain`, under any configured key (a row
 * tagged before a rotation still matches until the start-up pass re-tags it). A missing tag never matches.
 */
export function blindIndexMatchSql(indexes: readonly BlindIndex[], params: ParamSink, rowIdSql: string, tagSql: string, plain: string): string {
  const message = `${rowIdSql}::text || '|${plain.replace(/'/g, "''")}'`;
  return `coalesce(${tagSql} IN (${indexes.map((index) => index.tagSql(params, message)).join(', ')}), false)`;
}
