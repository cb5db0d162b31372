import type { SqlParams } from '../sql-params';
import type { PoliceCertificateRules } from '@miteinander/domain-volunteers';
import { blindIndexMatchSql, blindIndexMessage, fieldCipher } from '@miteinander/server-platform';

/**
 * The police-certificate state as SQL over `police_certificate_checks p` (LEFT JOINed), so lists can filter on it.
 * Mirrors `policeCertificateState` in domain-volunteers: expired after issue + validYears, re-inspection due from
 * remindDays before that, a relevant entry overriding every date. `today` is the county's calendar date.
 */
/** The tag stored with a police-certificate record: the relevant-entry fact, readable only with the key. */
export const policeEntryTag = (volunteerId: string, relevantEntry: boolean): string =>
  fieldCipher().blindIndex.tag(blindIndexMessage(volunteerId, String(relevantEntry)));

/**
 * SQL true when the record's tag says "no relevant entry". A missing tag (a row the start-up sweep has not seen)
 * is not cleared: the safe side for work with minors.
 */
export function noRelevantEntrySql(params: SqlParams, volunteerIdSql: string, tagSql: string): string {
  return blindIndexMatchSql(fieldCipher().blindIndexes, params, volunteerIdSql, tagSql, 'false');
}

export function policeCertificateSql(params: SqlParams, rules: Pick<PoliceCertificateRules, 'validYears' | 'remindDays'>, today: string): { state: string; validUntil: string } {
  const years = params.add(rules.validYears);
  const days = params.add(rules.remindDays);
  const day = params.add(today);
  const validUntil = `(p.issue_date + make_interval(years => ${years}::int))::date`;
  const state = `CASE WHEN p.volunteer_id IS NULL THEN 'missing'
    WHEN NOT ${noRelevantEntrySql(params, 'p.volunteer_id', 'p.entry_tag')} THEN 'relevant_entry'
    WHEN ${validUntil} < ${day}::date THEN 'expired'
    WHEN ${validUntil} - ${days}::int <= ${day}::date THEN 'reinspection_due'
    ELSE 'valid' END`;
  return { state, validUntil };
}
