import type { EntityManager } from 'typeorm';
import { auditDiff, preparedQuery, requestContext } from '@miteinander/server-platform';
import { entryFactsColumns, toEntryFacts, type EntryFacts, type EntryFactsRow } from './entry-checks';

export interface NewEntryValues {
  volunteerId: string;
  organisationId: string | null;
  sponsorshipId: string | null;
  activityDate: string;
  minutes: number;
  activity: string;
  note: string | null;
  idempotencyKey: string | null;
  createdBy: string;
}

export interface InsertedEntry {
  /** Null when nothing was inserted because the organisation does not exist. */
  inserted: { id: string; createdAt: Date; updatedAt: Date } | null;
  facts: EntryFacts;
}

interface Row extends EntryFactsRow {
  id: string | null;
  created_at: Date | null;
  updated_at: Date | null;
}

/**
 * Logging hours is the busiest write, so it is one round trip: the facts the rules need (period lock, the day's
 * minutes so far, the organisation), the entry and its audit row (the row the audit subscriber would write).
 * The caller has locked the volunteer row in an earlier statement, so this statement's snapshot already sees
 * every entry committed before the lock was granted; it checks the rules against the returned facts and rolls
 * the transaction back when one is broken, so nothing stays written.
 */
export async function insertWithFacts(m: EntityManager, values: NewEntryValues): Promise<InsertedEntry> {
  const diff = auditDiff(undefined, { ...values, status: 'submitted' });
  const rows = await preparedQuery<Row>(
    m,
    'hours-insert-with-facts',
    `WITH facts AS (SELECT ${entryFactsColumns('NULL', '$11')}
     ), entry AS (
       INSERT INTO hour_entries (volunteer_id, organisation_id, activity_date, minutes, activity, note, idempotency_key, created_by, sponsorship_id)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $11 FROM facts WHERE $2::uuid IS NULL OR facts.organisation_name IS NOT NULL
       RETURNING id, created_at, updated_at
     ), audit AS (
       INSERT INTO audit_log (actor_id, action, entity, entity_id, diff)
       SELECT $9, 'create', 'hour_entry', entry.id::text, $10::jsonb || jsonb_build_object('id', jsonb_build_array(NULL, entry.id)) FROM entry
     )
     SELECT entry.id, entry.created_at, entry.updated_at, facts.* FROM facts LEFT JOIN entry ON true`,
    [values.volunteerId, values.organisationId, values.activityDate, values.minutes, values.activity, values.note, values.idempotencyKey, values.createdBy, requestContext.actorId(), JSON.stringify(diff), values.sponsorshipId],
  );
  const row = rows[0]!;
  return {
    inserted: row.id ? { id: row.id, createdAt: row.created_at!, updatedAt: row.updated_at! } : null,
    facts: toEntryFacts(row),
  };
}

/** The volunteer row, locked for the rest of the transaction, and the entry already made with this Idempotency-Key. */
export async function lockVolunteerForLogging(
  m: EntityManager,
  by: { id: string } | { userId: string },
  idempotencyKey: string | null,
): Promise<{ id: string; firstName: string; lastName: string; existingEntryId: string | null } | null> {
  const byId = 'id' in by;
  const rows = await preparedQuery<{ id: string; first_name: string; last_name: string; existing: string | null }>(
    m,
    byId ? 'hours-lock-volunteer-by-id' : 'hours-lock-volunteer-by-user',
    `SELECT v.id, v.first_name, v.last_name,
            (SELECT e.id FROM hour_entries e WHERE e.volunteer_id = v.id AND e.idempotency_key = $2) AS existing
       FROM volunteers v WHERE ${byId ? 'v.id' : 'v.user_id'} = $1 FOR UPDATE OF v`,
    [byId ? by.id : by.userId, idempotencyKey],
  );
  const r = rows[0];
  return r ? { id: r.id, firstName: r.first_name, lastName: r.last_name, existingEntryId: r.existing } : null;
}

/** A second request with the same Idempotency-Key that raced the first one past the lock. */
export function isIdempotencyConflict(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const constraint = err.driverError?.constraint ?? err.constraint;
  return code === '23505' && constraint === 'hour_entries_idempotency_key';
}
