import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DSGVO requests (Art. 15 access, Art. 17 erasure) with their one-month deadline, and the erasure ledger: ids of
 * erased people only (no personal data), re-applied at start-up so a database restored from an older backup forgets
 * them again.
 */
export class PrivacyRequests1764001000000 implements MigrationInterface {
  name = 'PrivacyRequests1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE privacy_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('access', 'erasure')),
        subject_type text NOT NULL CHECK (subject_type IN ('volunteer', 'user', 'beneficiary')),
        -- No foreign key: the subject may be erased while the request stays as the record of having answered it.
        subject_id uuid,
        subject_label text NOT NULL CHECK (length(subject_label) <= 300),
        received_on date NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'rejected')),
        logged_by text NOT NULL CHECK (logged_by IN ('staff', 'self')),
        note text CHECK (length(note) <= 2000),
        outcome text CHECK (length(outcome) <= 2000),
        done_at timestamptz,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (due_on > received_on),
        CHECK ((status = 'open') = (done_at IS NULL))
      )`);
    await q.query(`CREATE INDEX privacy_requests_open_due ON privacy_requests (due_on) WHERE status = 'open'`);
    await q.query(`CREATE INDEX privacy_requests_subject ON privacy_requests (subject_id)`);
    await q.query(`
      CREATE TABLE erasure_ledger (
        subject_type text NOT NULL CHECK (subject_type IN ('volunteer', 'user', 'beneficiary')),
        subject_id uuid NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_type, subject_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erasure_ledger`);
    await q.query(`DROP TABLE privacy_requests`);
  }
}
