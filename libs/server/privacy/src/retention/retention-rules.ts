import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@miteinander/server-platform';
import { ERASED } from '../erasure/erasure-statements';
import { recordInLedger, runErasure } from '../erasure/erasure-runner';
import { resolvePeople } from '../export/person';

/** The marker an anonymised person carries instead of a name (as the erasure writes it); rules skip rows that carry it. */
export const ANONYMISED = ERASED;

export type RetentionLimits = AppConfig['privacy']['retention'];

export const RETENTION_RULES = ['policeCertificates', 'inactiveVolunteers', 'rejectedCardApplications', 'rejectedGrantApplications', 'closedSponsorships', 'grantRecords', 'accessibilityFeedback'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

/** What one rule did: how many records it changed, and files to remove once the transaction has committed. */
export interface RuleOutcome {
  count: number;
  files?: string[];
}

type Rule = (m: EntityManager, now: Date, limits: RetentionLimits) => Promise<RuleOutcome>;

/** TypeORM answers an UPDATE/DELETE with [rows, affected]. */
const count = (result: unknown): number => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0);
const returned = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : []);

/** When a volunteer left: the last change to 'left' (the row's own update time if none was recorded). */
const LEFT_AT = `coalesce((SELECT max(c.changed_at) FROM volunteer_status_changes c WHERE c.volunteer_id = v.id AND c.to_status = 'left'), v.updated_at)`;
const EVER_ACTIVE = `EXISTS (SELECT 1 FROM volunteer_status_changes c WHERE c.volunteer_id = v.id AND c.to_status IN ('active', 'paused'))`;

/**
 * Police-certificate facts (§ 72a SGB VIII): deleted `policeCertificateMonths` after the volunteer left, and at
 * once for a volunteer who left without ever having been active (the inspection served no engagement).
 */
const policeCertificates: Rule = async (m, now, l) => ({
  count: count(
    await m.query(
      `DELETE FROM police_certificate_checks p USING volunteers v
        WHERE p.volunteer_id = v.id AND v.status = 'left'
          AND (NOT ${EVER_ACTIVE} OR ${LEFT_AT} <= $1::timestamptz - make_interval(months => $2::int))`,
      [now, l.policeCertificateMonths],
    ),
  ),
});

/**
 * Volunteers with no status change, no hour entry and no sponsorship activity for `inactiveVolunteerYears`:
 * erased exactly as an Art. 17 erasure does (the erasure runner, all of them in one statement per table, and the
 * erasure ledger so a restored backup forgets them again). Staff who also volunteer are left to a person's decision.
 */
const inactiveVolunteers: Rule = async (m, now, l) => {
  const due: { id: string }[] = await m.query(
    `SELECT v.id FROM volunteers v
      WHERE v.last_name <> $3
        AND greatest(v.created_at,
              (SELECT max(c.changed_at) FROM volunteer_status_changes c WHERE c.volunteer_id = v.id),
              (SELECT max(greatest(h.created_at, h.updated_at, h.activity_date::timestamptz)) FROM hour_entries h WHERE h.volunteer_id = v.id),
              (SELECT max(greatest(s.updated_at, s.end_date::timestamptz)) FROM sponsorships s WHERE s.volunteer_id = v.id),
              (SELECT max(t.changed_at) FROM sponsorship_transitions t WHERE t.volunteer_id = v.id)) <= $1::timestamptz - make_interval(years => $2::int)
        -- A running sponsorship is activity even when nothing was recorded on it lately.
        AND NOT EXISTS (SELECT 1 FROM sponsorships s WHERE s.volunteer_id = v.id AND s.state <> 'closed')
        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = v.user_id AND NOT u.roles <@ ARRAY['volunteer']::text[])`,
    [now, l.inactiveVolunteerYears, ERASED],
  );
  if (!due.length) return { count: 0 };
  const person = await resolvePeople(m, { volunteerIds: due.map((r) => r.id), userIds: [], beneficiaryIds: [] });
  await runErasure(m, person, l.grantRecordYears);
  await recordInLedger(m, person);
  return { count: due.length };
};

/**
 * Rejected honorary-card applications: the free text (note, reasons) goes; the row with status, dates, declared
 * amount and the eligibility snapshot (hour figures, no text) stays for the figures.
 */
const rejectedCardApplications: Rule = async (m, now, l) => {
  const cutoff = [now, l.rejectedApplicationYears];
  await m.query(
    `UPDATE card_confirmations c SET reason = NULL FROM card_applications a
      WHERE c.application_id = a.id AND a.status = 'rejected' AND c.reason IS NOT NULL
        AND coalesce(a.decided_at, a.updated_at) <= $1::timestamptz - make_interval(years => $2::int)`,
    cutoff,
  );
  return {
    count: count(
      await m.query(
        `UPDATE card_applications SET note = NULL, decision_reason = NULL
          WHERE status = 'rejected' AND coalesce(decided_at, updated_at) <= $1::timestamptz - make_interval(years => $2::int)
            AND (note IS NOT NULL OR decision_reason IS NOT NULL)`,
        cutoff,
      ),
    ),
  };
};

/** The form keys the grant figures group by (not personal); everything else in the form goes. */
const KEPT_FORM = `jsonb_strip_nulls(jsonb_build_object('fieldOfAction', data->'fieldOfAction', 'municipalityId', data->'municipalityId'))`;

/**
 * Strips a grant application to its figures: the form but for the keys the reports read, versions, revision
 * comments, reviewers' comments, attachments (their files after commit) and the final report's text and receipts.
 * Status, dates, amounts, scores and payments stay. `due` selects the applications (alias a).
 */
async function stripGrantApplications(m: EntityManager, due: string, values: unknown[]): Promise<RuleOutcome> {
  const ids = `(SELECT a.id FROM grant_applications a WHERE ${due})`;
  await m.query(`DELETE FROM grant_application_versions WHERE application_id IN ${ids}`, values);
  await m.query(`DELETE FROM grant_revision_requests WHERE application_id IN ${ids}`, values);
  await m.query(`UPDATE grant_scores SET comment = NULL WHERE application_id IN ${ids} AND comment IS NOT NULL`, values);
  await m.query(`UPDATE grant_conflicts SET reason = '-' WHERE application_id IN ${ids} AND reason <> '-'`, values);
  await m.query(
    `UPDATE grant_reports SET narrative = '', receipts = '[]'::jsonb, correction_comment = NULL
      WHERE application_id IN ${ids} AND (narrative <> '' OR receipts <> '[]'::jsonb OR correction_comment IS NOT NULL)`,
    values,
  );
  const files = returned<{ storage_key: string }>(await m.query(`DELETE FROM grant_attachments WHERE application_id IN ${ids} RETURNING storage_key`, values));
  const changed = count(
    await m.query(
      `UPDATE grant_applications a SET data = ${KEPT_FORM}, conditions = NULL, decision_reason = NULL
        WHERE ${due} AND (a.data <> ${KEPT_FORM} OR a.conditions IS NOT NULL OR a.decision_reason IS NOT NULL)`,
      values,
    ),
  );
  return { count: changed, files: files.map((f) => f.storage_key) };
}

/** Rejected micro-project applications older than `rejectedApplicationYears` (from the decision). */
const rejectedGrantApplications: Rule = (m, now, l) =>
  stripGrantApplications(m, `a.status = 'rejected' AND coalesce(a.decided_at, a.updated_at) <= $1::timestamptz - make_interval(years => $2::int)`, [now, l.rejectedApplicationYears]);

/**
 * Micro-project files (§ 70 LHO-style keeping duty): erased `grantRecordYears` after the project was closed (its
 * final report accepted); the amounts stay in the row for the yearly figures.
 */
const grantRecords: Rule = (m, now, l) =>
  stripGrantApplications(m, `a.status = 'closed' AND a.closed_at <= $1::timestamptz - make_interval(years => $2::int)`, [now, l.grantRecordYears]);

/**
 * Families and pupils whose every sponsorship closed more than `closedSponsorshipYears` ago: their personal fields
 * go (kind, municipality and language facts stay); sponsorships, transitions and check-in dates stay for the figures.
 */
const closedSponsorships: Rule = async (m, now, l) => {
  const due = `b.name <> $3 AND EXISTS (SELECT 1 FROM sponsorships s WHERE s.beneficiary_id = b.id)
    AND NOT EXISTS (SELECT 1 FROM sponsorships s WHERE s.beneficiary_id = b.id
                     AND (s.state <> 'closed' OR coalesce(s.end_date::timestamptz, s.updated_at) > $1::timestamptz - make_interval(years => $2::int)))`;
  const values = [now, l.closedSponsorshipYears, ANONYMISED];
  await m.query(`UPDATE sponsorship_check_ins c SET note = '', next_step = NULL FROM sponsorships s, beneficiaries b WHERE c.sponsorship_id = s.id AND s.beneficiary_id = b.id AND ${due}`, values);
  await m.query(`UPDATE sponsorships s SET closing_note = NULL FROM beneficiaries b WHERE s.beneficiary_id = b.id AND s.closing_note IS NOT NULL AND ${due}`, values);
  return {
    count: count(
      await m.query(
        `UPDATE beneficiaries b SET name = $3, contact_person = NULL, phone = NULL, email = NULL, address = NULL, pupil = NULL, notes = NULL,
                guardian_consent_by = NULL, guardian_consent_date = NULL, children_ages = '{}', adults = NULL, needs = '', updated_at = $1
          WHERE ${due}`,
        values,
      ),
    ),
  };
};

/**
 * Reports from the accessibility statement's feedback form (message, reply address): deleted
 * `accessibilityFeedbackMonths` after they were received. They have no handled state to count from: the report is
 * mailed to the coordination on receipt and answered there.
 */
const accessibilityFeedback: Rule = async (m, now, l) => ({
  count: count(
    await m.query(`DELETE FROM accessibility_feedback WHERE created_at <= $1::timestamptz - make_interval(months => $2::int)`, [now, l.accessibilityFeedbackMonths]),
  ),
});

/** Every rule, in the order they run (the certificate rule first: the anonymiser deletes certificates too). */
export const RULES: Record<RetentionRule, Rule> = {
  policeCertificates,
  inactiveVolunteers,
  rejectedCardApplications,
  rejectedGrantApplications,
  closedSponsorships,
  grantRecords,
  accessibilityFeedback,
};
