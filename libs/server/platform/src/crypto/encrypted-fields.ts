/**
 * Every value stored encrypted, so the start-up sweep and key rotation find them all. A text column, or string
 * keys inside a jsonb column (the micro-project form keeps its bank details next to the other answers).
 */
export type EncryptedField =
  | { table: string; rowId: string; column: string; jsonKey?: undefined }
  | { table: string; rowId: string; column: string; jsonKey: string };

export const ENCRYPTED_FIELDS: readonly EncryptedField[] = [
  { table: 'beneficiaries', rowId: `t.id::text`, column: 'notes' },
  { table: 'police_certificate_checks', rowId: `t.volunteer_id::text`, column: 'relevant_entry' },
  { table: 'police_certificate_checks', rowId: `t.volunteer_id::text`, column: 'inspector' },
  { table: 'grant_applications', rowId: `t.id::text`, column: 'data', jsonKey: 'iban' },
  { table: 'grant_applications', rowId: `t.id::text`, column: 'data', jsonKey: 'accountHolder' },
  { table: 'grant_application_versions', rowId: `t.application_id::text || '/' || t.version`, column: 'data', jsonKey: 'iban' },
  { table: 'grant_application_versions', rowId: `t.application_id::text || '/' || t.version`, column: 'data', jsonKey: 'accountHolder' },
];

/**
 * Encrypted facts that SQL still filters on: `tagColumn` holds the blind-index tag of `<row id>|<plain value>`, one
 * of `values`. A missing or stale tag (plain rows, a rotated key) is filled in by the start-up sweep.
 */
export interface BlindIndexedField {
  table: string;
  rowId: string;
  column: string;
  tagColumn: string;
  values: readonly string[];
}

export const BLIND_INDEXED_FIELDS: readonly BlindIndexedField[] = [
  { table: 'police_certificate_checks', rowId: `t.volunteer_id::text`, column: 'relevant_entry', tagColumn: 'entry_tag', values: ['true', 'false'] },
];

/** The message a blind-index tag is computed over. */
export const blindIndexMessage = (rowId: string, plain: string): string => `${rowId}|${plain}`;

/** SQL for the field's stored text, and for writing a new one in an UPDATE … FROM unnest(…) u(id, old, new). */
export function fieldSql(f: EncryptedField): { value: string; typeGuard: string; set: string } {
  if (!f.jsonKey) return { value: `t.${f.column}`, typeGuard: `t.${f.column} IS NOT NULL`, set: `${f.column} = u.new` };
  const key = `'${f.jsonKey}'`;
  return {
    value: `t.${f.column}->>${key}`,
    typeGuard: `jsonb_typeof(t.${f.column}->${key}) = 'string'`,
    set: `${f.column} = jsonb_set(t.${f.column}, ARRAY[${key}], to_jsonb(u.new))`,
  };
}
