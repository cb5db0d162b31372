import type { SqlParams } from '../sql-params';
import type { PoliceCertificateRules } from '@miteinander/domain-volunteers';

/**
 * The police-certificate state as SQL over `police_certificate_checks p` (LEFT JOINed), so lists can filter on it.
 * Mirrors `policeCertificateState` in domain-volunteers: expired after issue + validYears, re-inspection due from
 * remindDays before that, a relevant entry overriding every date. `today` is the county's calendar date.
 */
export function policeCertificateSql(params: SqlParams, rules: Pick<PoliceCertificateRules, 'validYears' | 'remindDays'>, today: string): { state: string; validUntil: string } {
  const years = params.add(rules.validYears);
  const days = params.add(rules.remindDays);
  const day = params.add(today);
  const validUntil = `(p.issue_date + make_interval(years => ${years}::int))::date`;
  const state = `CASE WHEN p.volunteer_id IS NULL THEN 'missing'
    WHEN p.relevant_entry THEN 'relevant_entry'
    WHEN ${validUntil} < ${day}::date THEN 'expired'
    WHEN ${validUntil} - ${days}::int <= ${day}::date THEN 'reinspection_due'
    ELSE 'valid' END`;
  return { state, validUntil };
}
