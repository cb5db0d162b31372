import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full volunteer profile (status history, police-certificate facts, consents, trainings, organisations),
 * organisation contacts, and hour entries with approvals, idempotency keys, period locks and capability links.
 */
export class VolunteersAndHours1764000300000 implements MigrationInterface {
  name = 'VolunteersAndHours1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE volunteers
        ADD COLUMN phone text,
        ADD COLUMN date_of_birth date,
        ADD COLUMN gender text CHECK (gender IN ('female','male','diverse')),
        ADD COLUMN mail_locale text NOT NULL DEFAULT 'de',
        ADD COLUMN skills text[] NOT NULL DEFAULT '{}',
        ADD COLUMN interests text[] NOT NULL DEFAULT '{}',
        ADD COLUMN competences text[] NOT NULL DEFAULT '{}',
        ADD COLUMN capacity integer NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 0 AND 10),
        ADD COLUMN employed_or_training boolean NOT NULL DEFAULT false,
        ADD COLUMN preferences text,
        ADD COLUMN notes text`);
    await q.query(`DROP INDEX volunteers_municipality_idx`);
    await q.query(`CREATE INDEX volunteers_municipality_name_idx ON volunteers (municipality_id, last_name, first_name, id)`);
    await q.query(`CREATE INDEX volunteers_name_idx ON volunteers (last_name, first_name, id)`);
    await q.query(`CREATE INDEX volunteers_languages_idx ON volunteers USING gin (languages jsonb_path_ops)`);
    await q.query(`
      CREATE TABLE volunteer_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX volunteer_status_changes_volunteer_idx ON volunteer_status_changes (volunteer_id, changed_at)`);
    // Only the facts of the inspection (§72a SGB VIII); the certificate itself is never stored.
    await q.query(`
      CREATE TABLE police_certificate_checks (
        volunteer_id uuid PRIMARY KEY REFERENCES volunteers(id) ON DELETE CASCADE,
        inspection_date date NOT NULL,
        issue_date date NOT NULL,
        relevant_entry boolean NOT NULL,
        inspector text NOT NULL,
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (inspection_date >= issue_date)
      )`);
    await q.query(`CREATE INDEX police_certificate_checks_issue_idx ON police_certificate_checks (issue_date)`);
    await q.query(`
      CREATE TABLE volunteer_consents (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('placement','contact_sharing','newsletter','photos')),
        text_version text NOT NULL,
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX volunteer_consents_current_key ON volunteer_consents (volunteer_id, purpose) WHERE withdrawn_at IS NULL`);
    await q.query(`
      CREATE TABLE volunteer_trainings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        title text NOT NULL,
        training_date date NOT NULL,
        minutes integer CHECK (minutes > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX volunteer_trainings_volunteer_idx ON volunteer_trainings (volunteer_id, training_date)`);

    await q.query(`ALTER TABLE organisations ADD COLUMN street text, ADD COLUMN postal_code text`);
    await q.query(`
      CREATE TABLE organisation_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text NOT NULL,
        phone text
      )`);
    await q.query(`CREATE INDEX organisation_contacts_organisation_idx ON organisation_contacts (organisation_id)`);
    await q.query(`INSERT INTO organisation_contacts (organisation_id, name, email) SELECT id, name, contact_email FROM organisations WHERE contact_email IS NOT NULL`);
    await q.query(`ALTER TABLE organisations DROP COLUMN contact_email`);
    await q.query(`
      CREATE TABLE volunteer_organisations (
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        since date NOT NULL DEFAULT CURRENT_DATE,
        PRIMARY KEY (volunteer_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX volunteer_organisations_organisation_idx ON volunteer_organisations (organisation_id)`);

    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT hour_entries_status_check`);
    await q.query(`ALTER TABLE hour_entries ADD CONSTRAINT hour_entries_status_check CHECK (status IN ('submitted','approved','rejected','withdrawn'))`);
    await q.query(`
      ALTER TABLE hour_entries
        ADD COLUMN sponsorship_id uuid,
        ADD COLUMN note text,
        ADD COLUMN idempotency_key text,
        ADD COLUMN rejection_reason text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decided_by_user uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN decided_by_contact uuid REFERENCES organisation_contacts(id) ON DELETE SET NULL,
        ADD COLUMN created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE UNIQUE INDEX hour_entries_idempotency_key ON hour_entries (volunteer_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    // Totals per volunteer are answered from this index alone (index-only scans).
    await q.query(`CREATE INDEX hour_entries_volunteer_date_idx ON hour_entries (volunteer_id, activity_date) INCLUDE (minutes, status)`);
    await q.query(`CREATE INDEX hour_entries_date_idx ON hour_entries (activity_date)`);
    await q.query(`
      CREATE TABLE hours_period_lock (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        locked_through date NOT NULL,
        locked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        locked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organisation_approval_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES organisation_contacts(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organisation_approval_links`);
    await q.query(`DROP TABLE hours_period_lock`);
    await q.query(`DROP INDEX hour_entries_date_idx`);
    await q.query(`DROP INDEX hour_entries_volunteer_date_idx`);
    await q.query(`DROP INDEX hour_entries_idempotency_key`);
    for (const c of ['updated_at', 'created_by', 'decided_by_contact', 'decided_by_user', 'decided_at', 'rejection_reason', 'idempotency_key', 'note', 'sponsorship_id']) {
      await q.query(`ALTER TABLE hour_entries DROP COLUMN ${c}`);
    }
    await q.query(`DELETE FROM hour_entries WHERE status = 'withdrawn'`);
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT hour_entries_status_check`);
    await q.query(`ALTER TABLE hour_entries ADD CONSTRAINT hour_entries_status_check CHECK (status IN ('submitted','approved','rejected'))`);
    await q.query(`DROP TABLE volunteer_organisations`);
    await q.query(`ALTER TABLE organisations ADD COLUMN contact_email text`);
    await q.query(`UPDATE organisations o SET contact_email = (SELECT c.email FROM organisation_contacts c WHERE c.organisation_id = o.id ORDER BY c.name LIMIT 1)`);
    await q.query(`DROP TABLE organisation_contacts`);
    await q.query(`ALTER TABLE organisations DROP COLUMN street, DROP COLUMN postal_code`);
    await q.query(`DROP TABLE volunteer_trainings`);
    await q.query(`DROP TABLE volunteer_consents`);
    await q.query(`DROP TABLE police_certificate_checks`);
    await q.query(`DROP TABLE volunteer_status_changes`);
    await q.query(`DROP INDEX volunteers_languages_idx`);
    await q.query(`DROP INDEX volunteers_name_idx`);
    await q.query(`DROP INDEX volunteers_municipality_name_idx`);
    await q.query(`CREATE INDEX volunteers_municipality_idx ON volunteers (municipality_id)`);
    for (const c of ['notes', 'preferences', 'employed_or_training', 'capacity', 'competences', 'interests', 'skills', 'mail_locale', 'gender', 'date_of_birth', 'phone']) {
      await q.query(`ALTER TABLE volunteers DROP COLUMN ${c}`);
    }
  }
}
