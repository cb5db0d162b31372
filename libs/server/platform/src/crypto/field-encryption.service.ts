import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fieldCipher, FieldCipherError } from './field-cipher';
import { BLIND_INDEXED_FIELDS, blindIndexMessage, ENCRYPTED_FIELDS, fieldSql, type BlindIndexedField, type EncryptedField } from './encrypted-fields';

const BATCH = 500;

export interface ReencryptionResult {
  /** Values now under the first key that were plain or under an older key. */
  reencrypted: number;
  /** Values that need a key no longer configured (or fail their integrity check): left as they are. */
  unreadable: number;
}

/**
 * Brings every encrypted field to the first key: values still plain (rows from before encryption existed) are
 * encrypted, values under an older key are re-encrypted. Idempotent: a second run changes nothing. The UPDATE
 * only replaces the value it read (`= u.old`), so a concurrent write of a new value is never overwritten.
 */
@Injectable()
export class FieldEncryptionService {
  private readonly logger = new Logger('FieldEncryption');
  constructor(private readonly dataSource: DataSource) {}

  async reencryptAll(): Promise<ReencryptionResult> {
    const total: ReencryptionResult = { reencrypted: 0, unreadable: 0 };
    for (const field of ENCRYPTED_FIELDS) {
      const r = await this.reencryptField(field);
      total.reencrypted += r.reencrypted;
      total.unreadable += r.unreadable;
    }
    // After the values: tags are computed from the (now current) ciphertext's plain value.
    for (const field of BLIND_INDEXED_FIELDS) await this.retagField(field);
    if (total.reencrypted) this.logger.log(`Encrypted ${total.reencrypted} value(s) with key ${fieldCipher().primaryKeyId}`);
    if (total.unreadable) this.logger.error(`${total.unreadable} encrypted value(s) need a key that is not in ENCRYPTION_KEYS or were altered; they stay unreadable`);
    return total;
  }

  /** Keyset pages (ordered by row id), so values that cannot be read are passed over, not fetched again. */
  private async reencryptField(field: EncryptedField): Promise<ReencryptionResult> {
    const cipher = fieldCipher();
    const sql = fieldSql(field);
    const current = `enc:v1:${cipher.primaryKeyId}:`;
    const result: ReencryptionResult = { reencrypted: 0, unreadable: 0 };
    let after = '';
    for (;;) {
      const rows: { id: string; value: string }[] = await this.dataSource.query(
        `SELECT ${field.rowId} AS id, ${sql.value} AS value FROM ${field.table} t
          WHERE ${sql.typeGuard} AND NOT starts_with(${sql.value}, $1) AND ${field.rowId} > $2
          ORDER BY 1 LIMIT ${BATCH}`,
        [current, after],
      );
      if (!rows.length) return result;
      after = rows[rows.length - 1]!.id;
      const changes = rows.flatMap((r) => {
        try {
          return [{ ...r, fresh: cipher.encrypt(cipher.decrypt(r.value)) }];
        } catch (e) {
          if (!(e instanceof FieldCipherError)) throw e;
          result.unreadable++;
          return [];
        }
      });
      if (changes.length) {
        await this.dataSource.query(
          `UPDATE ${field.table} t SET ${sql.set} FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, old, new)
            WHERE ${field.rowId} = u.id AND ${sql.value} = u.old`,
          [changes.map((c) => c.id), changes.map((c) => c.value), changes.map((c) => c.fresh)],
        );
        result.reencrypted += changes.length;
      }
      if (rows.length < BATCH) return result;
    }
  }

  /** Fills in missing tags and replaces tags from an older key. Unreadable values (counted above) keep no tag. */
  private async retagField(field: BlindIndexedField): Promise<void> {
    const cipher = fieldCipher();
    const params: unknown[] = [];
    const sink = { add: (v: unknown) => (params.push(v), `$${params.length}`) };
    const current = field.values.map((v) => cipher.blindIndex.tagSql(sink, `${field.rowId} || '|${v}'`));
    const after = sink.add('');
    for (;;) {
      const rows: { id: string; value: string }[] = await this.dataSource.query(
        `SELECT ${field.rowId} AS id, t.${field.column} AS value FROM ${field.table} t
          WHERE t.${field.column} IS NOT NULL AND (t.${field.tagColumn} IS NULL OR t.${field.tagColumn} NOT IN (${current.join(', ')}))
            AND ${field.rowId} > ${after}
          ORDER BY 1 LIMIT ${BATCH}`,
        params,
      );
      if (!rows.length) return;
      params[params.length - 1] = rows[rows.length - 1]!.id;
      const tagged = rows.flatMap((r) => {
        try {
          return [{ ...r, tag: cipher.blindIndex.tag(blindIndexMessage(r.id, cipher.decrypt(r.value))) }];
        } catch (e) {
          if (!(e instanceof FieldCipherError)) throw e;
          return [];
        }
      });
      if (tagged.length) {
        await this.dataSource.query(
          `UPDATE ${field.table} t SET ${field.tagColumn} = u.tag FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, old, tag)
            WHERE ${field.rowId} = u.id AND t.${field.column} = u.old`,
          [tagged.map((r) => r.id), tagged.map((r) => r.value), tagged.map((r) => r.tag)],
        );
      }
      if (rows.length < BATCH) return;
    }
  }
}
