import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail log details (reminder kind, variables, quiet-hours start, suppressed), versioned template texts,
 * recipients' preferences, the weekly digest's items, and the first hour entries (for the approval digest).
 */
export class MailAndReminders1764000200000 implements MigrationInterface {
  name = 'MailAndReminders1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_status_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending','queued','sending','sent','failed','suppressed'))`);
    await q.query(`ALTER TABLE outbox ADD COLUMN reminder_kind text`);
    await q.query(`ALTER TABLE outbox ADD COLUMN vars jsonb`);
    await q.query(`ALTER TABLE outbox ADD COLUMN secret_vars text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE outbox ADD COLUMN not_before timestamptz`);
    await q.query(`ALTER TABLE outbox ADD COLUMN preferences_token_hash text`);
    await q.query(`CREATE UNIQUE INDEX outbox_preferences_token_key ON outbox (preferences_token_hash) WHERE preferences_token_hash IS NOT NULL`);
    await q.query(`
      CREATE TABLE mail_templates (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL,
        locale text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        subject text NOT NULL,
        body text NOT NULL,
        action_label text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name, locale, version)
      )`);
    await q.query(`
      CREATE TABLE mail_preferences (
        email text NOT NULL,
        kind text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('instant','digest','off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (email, kind)
      )`);
    await q.query(`
      CREATE TABLE reminder_digest_items (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient text NOT NULL,
        locale text NOT NULL,
        kind text NOT NULL,
        dedupe_key text NOT NULL UNIQUE,
        line text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        digested_at timestamptz
      )`);
    await q.query(`CREATE INDEX reminder_digest_items_open_idx ON reminder_digest_items (recipient) WHERE digested_at IS NULL`);
    await q.query(`
      CREATE TABLE hour_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        activity_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes > 0 AND minutes % 15 = 0),
        activity text NOT NULL,
        status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','rejected')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hour_entries_waiting_idx ON hour_entries (organisation_id, created_at) WHERE status = 'submitted'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hour_entries`);
    await q.query(`DROP TABLE reminder_digest_items`);
    await q.query(`DROP TABLE mail_preferences`);
    await q.query(`DROP TABLE mail_templates`);
    await q.query(`DROP INDEX outbox_preferences_token_key`);
    for (const c of ['preferences_token_hash', 'not_before', 'secret_vars', 'vars', 'reminder_kind']) await q.query(`ALTER TABLE outbox DROP COLUMN ${c}`);
    await q.query(`DELETE FROM outbox WHERE status = 'suppressed'`);
    await q.query(`ALTER TABLE outbox DROP CONSTRAINT outbox_status_check`);
    await q.query(`ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending','queued','sending','sent','failed'))`);
  }
}
