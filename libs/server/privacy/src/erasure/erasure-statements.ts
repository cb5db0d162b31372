import { PERSON_CTE } from '../export/personal-data-map';

/** What one erasure statement does to one table; its count goes into ErasureResult.erased under `table`. */
export interface ErasureStatement {
  table: string;
  sql: string;
}

export const ERASED = 'gelöscht';

const OF_VOLUNTEER = 'volunteer_id = ANY(p.v)';
const INVITATIONS = 'volunteer_id = ANY(p.v) OR email_key = ANY(p.e)';
const SPONSORSHIPS = 'sponsorship_id IN (SELECT id FROM sponsorships WHERE volunteer_id = ANY(p.v) OR beneficiary_id = ANY(p.b))';

/** $5 is RETENTION_GRANT_RECORD_YEARS: an application is a record under the retention duty until then. */
export const GRANT_RETENTION = `
  retention AS (
    SELECT a.id, (coalesce(greatest(a.decided_at, a.closed_at, r.submitted_at, r.checked_at), now()) AT TIME ZONE 'Europe/Berlin')::date
                 + make_interval(years => $5::int) AS until
      FROM grant_applications a LEFT JOIN grant_reports r ON r.application_id = a.id, p
     WHERE a.applicant_id = ANY(p.u) AND a.status <> 'draft')`;

/** Personal answers in a micro-project form whose retention has passed; the figures (amounts, field, place) stay. */
const GRANT_PERSONAL_KEYS = `ARRAY['contactPhone', 'accountHolder', 'iban', 'otherFundingSource']`;

const update = (table: string, set: string, where: string): ErasureStatement => ({
  table,
  sql: `${PERSON_CTE}, x AS (UPDATE ${table} SET ${set} FROM p WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM x`,
});
const remove = (table: string, where: string): ErasureStatement => ({
  table,
  sql: `${PERSON_CTE}, x AS (DELETE FROM ${table} USING p WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM x`,
});
const withRetention = (s: ErasureStatement): ErasureStatement => ({ ...s, sql: s.sql.replace(`${PERSON_CTE}, `, `${PERSON_CTE},${GRANT_RETENTION}, `) });

/** Rows a user needs to keep existing as a shell: deleting the account would cascade into grant records. */
const USER_HAS_RECORDS = `(EXISTS (SELECT 1 FROM grant_applications g WHERE g.applicant_id = users.id)
  OR EXISTS (SELECT 1 FROM grant_scores g WHERE g.reviewer_id = users.id) OR EXISTS (SELECT 1 FROM grant_conflicts g WHERE g.reviewer_id = users.id))`;

/**
 * Erasure of one person, in order. Rows that feed the reports (status changes, hour entries, sponsorships and their
 * transitions, cards, invitations) stay with every personal field and every way back to the person removed; the
 * volunteer stays as a nameless shell because hour rollups and sponsorships count by volunteer_id. Never touches
 * minutes, status, dates, kinds or end reasons, so no report figure changes. Idempotent: the ledger re-runs it.
 */
export const ERASURE_STATEMENTS: ErasureStatement[] = [
  remove('event_invitation_tokens', `invitation_id IN (SELECT id FROM event_invitations WHERE ${INVITATIONS})`),
  update(
    'event_invitations',
    `name = '${ERASED}', email = 'geloescht-' || id || '@invalid', email_key = 'geloescht-' || id || '@invalid', plus_one_name = NULL,
     accessibility_needs = NULL, dietary_needs = NULL`,
    INVITATIONS,
  ),
  remove('volunteer_consents', OF_VOLUNTEER),
  remove('police_certificate_checks', OF_VOLUNTEER),
  remove('match_exclusions', OF_VOLUNTEER),
  remove('match_pool', OF_VOLUNTEER),
  update('volunteer_status_changes', `reason = '${ERASED}'`, OF_VOLUNTEER),
  // Only text columns: the rollup triggers see no change in minutes, status, date or volunteer.
  update('hour_entries', `activity = '${ERASED}', note = NULL, rejection_reason = NULL, idempotency_key = NULL`, OF_VOLUNTEER),
  update('card_applications', `note = NULL, decision_reason = NULL, status_token_expires_at = least(status_token_expires_at, now())`, OF_VOLUNTEER),
  update('card_confirmations', `reason = NULL, token_hash = NULL`, 'application_id IN (SELECT id FROM card_applications WHERE volunteer_id = ANY(p.v))'),
  update('cards', `revoke_reason = NULL`, OF_VOLUNTEER),
  update('event_nominations', `reason = '${ERASED}'`, OF_VOLUNTEER),
  update('sponsorship_transitions', `reason = NULL`, `volunteer_id = ANY(p.v) OR ${SPONSORSHIPS}`),
  update('sponsorship_check_ins', `note = '${ERASED}', next_step = NULL`, SPONSORSHIPS),
  update('sponsorships', `closing_note = NULL`, 'volunteer_id = ANY(p.v) OR beneficiary_id = ANY(p.b)'),
  update(
    'beneficiaries',
    `name = '${ERASED}', contact_person = NULL, phone = NULL, email = NULL, address = NULL, notes = NULL, needs = '${ERASED}',
     guardian_consent_by = NULL, guardian_consent_date = NULL, pupil = pupil - 'schoolContact'`,
    'id = ANY(p.b)',
  ),
  update(
    'volunteers',
    `first_name = '${ERASED}', last_name = '${ERASED}', email = NULL, phone = NULL, date_of_birth = NULL, gender = NULL, notes = NULL,
     preferences = NULL, user_id = NULL`,
    'id = ANY(p.v)',
  ),
  remove('outbox', 'lower(recipient) = ANY(p.e)'),
  remove('mail_preferences', 'lower(email) = ANY(p.e)'),
  remove('reminder_digest_items', 'lower(recipient) = ANY(p.e)'),
  remove('grant_applications', `applicant_id = ANY(p.u) AND status = 'draft'`),
  withRetention(
    update('grant_applications', `data = grant_applications.data - ${GRANT_PERSONAL_KEYS}`, `grant_applications.id IN (SELECT id FROM retention WHERE until <= current_date)`),
  ),
  withRetention(
    update(
      'grant_application_versions',
      `data = grant_application_versions.data - ${GRANT_PERSONAL_KEYS}`,
      `grant_application_versions.application_id IN (SELECT id FROM retention WHERE until <= current_date)`,
    ),
  ),
  remove('sessions', 'user_id = ANY(p.u)'),
  remove('auth_tokens', 'user_id = ANY(p.u)'),
  remove('report_exports', 'requested_by = ANY(p.u)'),
  update(
    'users',
    `email = 'geloescht-' || id || '@invalid', display_name = '${ERASED}', password_hash = NULL, active = false, roles = '{}', email_verified_at = NULL`,
    `id = ANY(p.u) AND ${USER_HAS_RECORDS}`,
  ),
  remove('users', `id = ANY(p.u) AND NOT ${USER_HAS_RECORDS}`),
  update('privacy_requests', `subject_id = NULL, subject_label = '${ERASED}'`, 'subject_id = ANY(p.v || p.u || p.b)'),
];

/** Micro-project records kept under the retention duty, grouped by the day they may go. */
export const KEPT_GRANT_RECORDS_SQL = `${PERSON_CTE},${GRANT_RETENTION}
  SELECT count(*)::int AS n, to_char(until, 'YYYY-MM-DD') AS until FROM retention WHERE until > current_date GROUP BY until ORDER BY until`;
