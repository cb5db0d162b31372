import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PersonalDataExport, PersonalDataExportPurpose, PrivacySubjectType } from '@miteinander/contracts';
import { AuditEntry, decryptText, isEncrypted } from '@miteinander/server-platform';
import { ACTOR_COLUMNS, PERSON_CTE, PERSONAL_DATA_SOURCES } from './personal-data-map';
import { personParams, resolvePeople, subjectIds, subjectLabel } from './person';

const quoted = (names: string[]) => `ARRAY[${names.map((n) => `'${n}'`).join(', ')}]::text[]`;

/** One statement for every table: each row as jsonb without its secret columns, tagged with its table. */
const ROWS_SQL = `${PERSON_CTE}\n${PERSONAL_DATA_SOURCES.map(
  (s) => `SELECT '${s.table}' AS tbl, to_jsonb(t) - ${quoted(s.omit ?? [])} AS row FROM ${s.table} t, p WHERE ${s.where}`,
).join('\nUNION ALL\n')}`;

/** One statement for the actor columns, the user ids being $2. */
const ACTIONS_SQL = `${PERSON_CTE}\n${ACTOR_COLUMNS.map((a) => `SELECT '${a.table}' AS tbl, '${a.column}' AS col, count(*)::int AS n FROM ${a.table} t, p WHERE t.${a.column} = ANY(p.u)`).join('\nUNION ALL\n')}`;

/** Encrypted values (text columns, or strings inside jsonb) read back as the person wrote them. */
function decrypted(value: unknown): unknown {
  if (typeof value === 'string') return isEncrypted(value) ? decryptText(value) : value;
  if (Array.isArray(value)) return value.map(decrypted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decrypted(v)]));
  return value;
}

/** Art. 15: everything stored about one person, as data; the PDF renders the same object. */
@Injectable()
export class PersonalDataService {
  constructor(private readonly dataSource: DataSource) {}

  async collect(type: PrivacySubjectType, id: string, purpose: PersonalDataExportPurpose, actorId: string | null, m: EntityManager = this.dataSource.manager): Promise<PersonalDataExport | null> {
    const label = await subjectLabel(m, type, id);
    if (label === null) return null;
    const person = await resolvePeople(m, subjectIds(type, id));
    const params = personParams(person);
    const [rows, actions]: [{ tbl: string; row: Record<string, unknown> }[], { tbl: string; col: string; n: number }[]] = await Promise.all([
      m.query(ROWS_SQL, params),
      m.query(ACTIONS_SQL, params),
    ]);
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const r of rows) (tables[r.tbl] ??= []).push(decrypted(r.row) as Record<string, unknown>);
    // Written after reading, so the export does not list its own audit row.
    await m.getRepository(AuditEntry).insert({ actorId, action: 'read', entity: 'personal_data_export', entityId: id, diff: null, purpose });
    return {
      subject: { type, id, label },
      generatedAt: new Date().toISOString(),
      purpose,
      tables,
      actions: actions.filter((a) => a.n > 0).map((a) => ({ table: a.tbl, column: a.col, count: a.n })),
      omitted: Object.fromEntries(PERSONAL_DATA_SOURCES.filter((s) => s.omit?.length).map((s) => [s.table, s.omit!])),
    };
  }
}
