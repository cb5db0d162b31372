import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPLICATION_STATUSES = `('draft', 'submitted', 'revision_requested', 'in_review', 'approved', 'rejected', 'payment_requested', 'paid',
  'report_submitted', 'report_corrections', 'closed', 'withdrawn')`;

/**
 * Micro-project funding: calls with their budget row (approved_cents can never pass total_budget_cents: a CHECK backs
 * the guarded UPDATE, so parallel approvals cannot overspend), applications with the form as jsonb and a snapshot per
 * submitted version, revision requests, attachments (metadata only, the bytes live outside the database and web root),
 * reviewers' conflicts and scores, payments, final reports, and a counter per year for the MP-yyyy-nnnn references.
 */
export class MicroProjects1764000700000 implements MigrationInterface {
  name = 'MicroProjects1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE grant_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        total_budget_cents bigint NOT NULL CHECK (total_budget_cents > 0),
        approved_cents bigint NOT NULL DEFAULT 0 CHECK (approved_cents >= 0),
        max_per_project_cents integer NOT NULL CHECK (max_per_project_cents > 0),
        max_per_language_course_cents integer NOT NULL CHECK (max_per_language_course_cents > 0),
        deadline date NOT NULL,
        min_lead_days integer NOT NULL CHECK (min_lead_days BETWEEN 0 AND 365),
        fields_of_action jsonb NOT NULL,
        project_areas jsonb NOT NULL,
        criteria jsonb NOT NULL,
        report_months integer NOT NULL CHECK (report_months BETWEEN 1 AND 36),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'paused', 'closed')),
        pause_reason text CHECK (length(pause_reason) <= 2000),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT grant_calls_within_budget CHECK (approved_cents <= total_budget_cents)
      )`);
    await q.query(`
      CREATE TABLE grant_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES grant_calls(id),
        applicant_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reference text UNIQUE,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ${APPLICATION_STATUSES}),
        version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        requested_cents integer CHECK (requested_cents >= 0),
        submitted_at timestamptz,
        approved_cents integer CHECK (approved_cents > 0),
        conditions text CHECK (length(conditions) <= 4000),
        decision_reason text CHECK (length(decision_reason) <= 4000),
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        report_due date,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (approved_cents IS NULL OR approved_cents <= requested_cents)
      )`);
    await q.query(`CREATE INDEX grant_applications_call_idx ON grant_applications (call_id, status)`);
    await q.query(`CREATE INDEX grant_applications_applicant_idx ON grant_applications (applicant_id, updated_at DESC)`);
    await q.query(`CREATE INDEX grant_applications_report_due_idx ON grant_applications (report_due) WHERE status IN ('paid', 'report_corrections')`);
    await q.query(`
      CREATE TABLE grant_application_versions (
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version > 0),
        data jsonb NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, version)
      )`);
    await q.query(`
      CREATE TABLE grant_revision_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        version integer NOT NULL,
        comments jsonb NOT NULL,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX grant_revision_requests_application_idx ON grant_revision_requests (application_id, requested_at DESC)`);
    await q.query(`
      CREATE TABLE grant_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX grant_attachments_application_idx ON grant_attachments (application_id, uploaded_at)`);
    await q.query(`
      CREATE TABLE grant_conflicts (
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        declared_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, reviewer_id)
      )`);
    await q.query(`
      CREATE TABLE grant_scores (
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        criterion text NOT NULL,
        points integer NOT NULL CHECK (points BETWEEN 0 AND 5),
        comment text CHECK (length(comment) <= 2000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, reviewer_id, criterion)
      )`);
    await q.query(`
      CREATE TABLE grant_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        amount_cents integer NOT NULL CHECK (amount_cents > 0),
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        paid_on date,
        marked_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX grant_payments_application_idx ON grant_payments (application_id, requested_at)`);
    // One payment request waits at a time: a double click requests once.
    await q.query(`CREATE UNIQUE INDEX grant_payments_one_open ON grant_payments (application_id) WHERE paid_on IS NULL`);
    await q.query(`
      CREATE TABLE grant_reports (
        application_id uuid PRIMARY KEY REFERENCES grant_applications(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'corrections_requested', 'accepted')),
        narrative text NOT NULL DEFAULT '' CHECK (length(narrative) <= 20000),
        actual_costs jsonb NOT NULL DEFAULT '[]'::jsonb,
        receipts jsonb NOT NULL DEFAULT '[]'::jsonb,
        -- Null until entered: "not entered" must not pass as "nobody came".
        participants_refugees integer CHECK (participants_refugees >= 0),
        participants_locals integer CHECK (participants_locals >= 0),
        submitted_at timestamptz,
        correction_comment text CHECK (length(correction_comment) <= 4000),
        checked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        checked_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE grant_year_counters (
        year integer PRIMARY KEY,
        issued integer NOT NULL DEFAULT 0 CHECK (issued >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'grant_year_counters',
      'grant_reports',
      'grant_payments',
      'grant_scores',
      'grant_conflicts',
      'grant_attachments',
      'grant_revision_requests',
      'grant_application_versions',
      'grant_applications',
      'grant_calls',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
