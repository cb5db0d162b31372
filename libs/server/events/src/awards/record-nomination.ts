import type { EntityManager } from 'typeorm';
import type { NominationInput, NominationView } from '@miteinander/contracts';
import type { EventRecord } from '../events/event-record';
import { eventConflict, eventProblemsError } from '../problems';
import { loadNominations } from './nomination-view';

/** Nominations are collected until the event starts; a cancelled event takes none. */
export function nominationsOpen(event: Pick<EventRecord, 'status' | 'startsAt'>, now: Date): boolean {
  return event.status !== 'cancelled' && event.startsAt.getTime() > now.getTime();
}

/**
 * Writes one nomination (input already checked by nominationProblems, nominee already known to exist and be
 * allowed): the event must still take nominations, the category must be the event's, and nobody is nominated twice
 * in the same category (the unique indexes back this up).
 */
export async function recordNomination(
  m: EntityManager,
  event: EventRecord,
  now: Date,
  input: NominationInput,
  by: { userId: string | null } | { contactId: string },
): Promise<NominationView> {
  if (!nominationsOpen(event, now)) throw eventConflict('nominationsClosed');
  const category: unknown[] = await m.query(`SELECT 1 FROM event_award_categories WHERE id = $1 AND event_id = $2`, [input.categoryId, event.id]);
  if (!category.length) throw eventProblemsError([{ field: 'categoryId', rule: 'unknownCategory' }]);
  const nomineeField = input.volunteerId ? 'volunteerId' : 'organisationId';
  const taken: unknown[] = await m.query(
    `SELECT 1 FROM event_nominations WHERE category_id = $1 AND (volunteer_id = $2 OR organisation_id = $3)`,
    [input.categoryId, input.volunteerId ?? null, input.organisationId ?? null],
  );
  if (taken.length) throw eventConflict('alreadyNominated', undefined, nomineeField);
  const [{ id }]: { id: string }[] = await m.query(
    `INSERT INTO event_nominations (category_id, volunteer_id, organisation_id, reason, nominated_by_user, nominated_by_contact)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.categoryId, input.volunteerId ?? null, input.organisationId ?? null, input.reason.trim(), 'userId' in by ? by.userId : null, 'contactId' in by ? by.contactId : null],
  );
  const [view] = await loadNominations(m, { nominationId: id });
  return view!;
}
