/**
 * Where one person's data lives. Each row filter sees the person's ids through `p`: p.v volunteer ids, p.u user ids,
 * p.b beneficiary ids, p.e email addresses (lower case). The filters are constants of this file, never built from input.
 *
 * `keys` are the columns that point at volunteers, users or beneficiaries: the integration test compares them with the
 * schema's foreign keys, so a new table that references a person fails it until it is listed here.
 */
export interface PersonalDataSource {
  table: string;
  keys: string[];
  where: string;
  /** Secrets and mail bodies carrying links: left out of the export, and the export says so. */
  omit?: string[];
}

/** A column recording that a staff member or reviewer acted on a record: exported as a count, the rows are about others. */
export interface ActorColumn {
  table: string;
  column: string;
}

const OF_VOLUNTEER = 'volunteer_id = ANY(p.v)';
const CARD_APPLICATIONS = 'application_id IN (SELECT id FROM card_applications WHERE volunteer_id = ANY(p.v))';
const GRANT_APPLICATIONS = 'application_id IN (SELECT id FROM grant_applications WHERE applicant_id = ANY(p.u))';
const SPONSORSHIPS = 'sponsorship_id IN (SELECT id FROM sponsorships WHERE volunteer_id = ANY(p.v) OR beneficiary_id = ANY(p.b))';
const INVITATIONS = 'volunteer_id = ANY(p.v) OR email_key = ANY(p.e)';

export const PERSONAL_DATA_SOURCES: PersonalDataSource[] = [
  { table: 'users', keys: [], where: 'id = ANY(p.u)', omit: ['password_hash'] },
  { table: 'volunteers', keys: ['user_id'], where: 'id = ANY(p.v)' },
  { table: 'beneficiaries', keys: [], where: 'id = ANY(p.b)' },
  { table: 'sessions', keys: ['user_id'], where: 'user_id = ANY(p.u)', omit: ['id', 'csrf_token'] },
  { table: 'auth_tokens', keys: ['user_id'], where: 'user_id = ANY(p.u)', omit: ['token_hash'] },
  { table: 'volunteer_consents', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'volunteer_organisations', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'volunteer_status_changes', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'volunteer_trainings', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'police_certificate_checks', keys: ['volunteer_id'], where: OF_VOLUNTEER, omit: ['entry_tag'] },
  { table: 'hour_entries', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'match_pool', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'match_exclusions', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'card_applications', keys: ['volunteer_id'], where: OF_VOLUNTEER, omit: ['status_token_hash'] },
  { table: 'card_confirmations', keys: [], where: CARD_APPLICATIONS, omit: ['token_hash'] },
  { table: 'cards', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'event_invitations', keys: ['volunteer_id'], where: INVITATIONS },
  { table: 'event_invitation_tokens', keys: [], where: `invitation_id IN (SELECT id FROM event_invitations WHERE ${INVITATIONS})`, omit: ['token_hash'] },
  { table: 'event_nominations', keys: ['volunteer_id'], where: OF_VOLUNTEER },
  { table: 'sponsorships', keys: ['volunteer_id', 'beneficiary_id'], where: 'volunteer_id = ANY(p.v) OR beneficiary_id = ANY(p.b)' },
  { table: 'sponsorship_transitions', keys: ['volunteer_id'], where: `volunteer_id = ANY(p.v) OR ${SPONSORSHIPS}` },
  { table: 'sponsorship_check_ins', keys: [], where: SPONSORSHIPS },
  { table: 'grant_applications', keys: ['applicant_id'], where: 'applicant_id = ANY(p.u)' },
  { table: 'grant_application_versions', keys: [], where: GRANT_APPLICATIONS },
  { table: 'grant_attachments', keys: [], where: GRANT_APPLICATIONS, omit: ['storage_key'] },
  { table: 'grant_reports', keys: [], where: GRANT_APPLICATIONS },
  { table: 'grant_payments', keys: [], where: GRANT_APPLICATIONS },
  { table: 'grant_revision_requests', keys: [], where: GRANT_APPLICATIONS },
  { table: 'grant_scores', keys: ['reviewer_id'], where: 'reviewer_id = ANY(p.u)' },
  { table: 'grant_conflicts', keys: ['reviewer_id'], where: 'reviewer_id = ANY(p.u)' },
  { table: 'report_exports', keys: ['requested_by'], where: 'requested_by = ANY(p.u)', omit: ['pdf', 'xlsx'] },
  { table: 'organisation_contacts', keys: [], where: 'lower(email) = ANY(p.e)' },
  { table: 'outbox', keys: [], where: 'lower(recipient) = ANY(p.e)', omit: ['html', 'body_text', 'vars', 'attachments', 'preferences_token_hash'] },
  { table: 'mail_preferences', keys: [], where: 'lower(email) = ANY(p.e)' },
  { table: 'reminder_digest_items', keys: [], where: 'lower(recipient) = ANY(p.e)' },
  { table: 'privacy_requests', keys: [], where: 'subject_id = ANY(p.v || p.u || p.b)' },
  { table: 'audit_log', keys: [], where: 'entity_id = ANY((p.v || p.u || p.b)::text[])' },
];

export const ACTOR_COLUMNS: ActorColumn[] = [
  ['audit_log', 'actor_id'],
  ['card_applications', 'created_by'],
  ['card_applications', 'decided_by'],
  ['card_confirmations', 'decided_by_user'],
  ['card_rule_sets', 'created_by'],
  ['cards', 'issued_by'],
  ['cards', 'revoked_by'],
  ['event_invitations', 'checked_in_by'],
  ['event_nominations', 'nominated_by_user'],
  ['grant_applications', 'decided_by'],
  ['grant_attachments', 'uploaded_by'],
  ['grant_calls', 'created_by'],
  ['grant_payments', 'marked_by'],
  ['grant_payments', 'requested_by'],
  ['grant_reports', 'checked_by'],
  ['grant_revision_requests', 'requested_by'],
  ['hour_entries', 'created_by'],
  ['hour_entries', 'decided_by_user'],
  ['hours_period_lock', 'locked_by'],
  ['mail_templates', 'created_by'],
  ['match_exclusions', 'created_by'],
  ['match_rounds', 'created_by'],
  ['match_weights', 'created_by'],
  ['organisation_approval_links', 'created_by'],
  ['police_certificate_checks', 'recorded_by'],
  ['privacy_requests', 'actor_id'],
  ['recognition_events', 'created_by'],
  ['sponsorship_check_ins', 'recorded_by'],
  ['sponsorship_transitions', 'changed_by'],
  ['sponsorships', 'coordinator_id'],
  ['sponsorships', 'created_by'],
  ['volunteer_status_changes', 'changed_by'],
].map(([table, column]) => ({ table: table!, column: column! }));

/** Every `table.column` this map follows to a person: what the schema test compares with the foreign keys. */
export function coveredReferences(): string[] {
  return [...PERSONAL_DATA_SOURCES.flatMap((s) => s.keys.map((k) => `${s.table}.${k}`)), ...ACTOR_COLUMNS.map((a) => `${a.table}.${a.column}`)].sort();
}

/** The person's ids as the filters' `p`: one CTE, so each statement binds the same four parameters. */
export const PERSON_CTE = `WITH p AS (SELECT $1::uuid[] AS v, $2::uuid[] AS u, $3::uuid[] AS b, $4::text[] AS e)`;
