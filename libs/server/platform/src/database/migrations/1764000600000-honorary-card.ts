import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN_STATUSES = `('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota')`;

/**
 * Honorary card: versioned rule sets (version 1 of each is loaded at start-up, see server-cards' RuleSetSeeder), applications
 * with one confirmation per organisation, cards, and a counter per rule set and year that numbers cards and
 * enforces the yearly quota under a row lock.
 */
export class HonoraryCard1764000600000 implements MigrationInterface {
  name = 'HonoraryCard1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE card_rule_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[a-z0-9-]{1,40}$'),
        version integer NOT NULL CHECK (version > 0),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        effective_from date NOT NULL,
        parameters jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code, version)
      )`);
    await q.query(`
      CREATE TABLE card_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        rule_set_id uuid NOT NULL REFERENCES card_rule_sets(id),
        status text NOT NULL CHECK (status IN ('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota', 'issued', 'rejected', 'withdrawn')),
        received_at timestamptz NOT NULL DEFAULT now(),
        eligibility jsonb NOT NULL,
        flagged_not_eligible boolean NOT NULL,
        declared_allowance_cents integer CHECK (declared_allowance_cents BETWEEN 0 AND 100000000),
        note text CHECK (length(note) <= 2000),
        renewal_of uuid,
        status_token_hash text NOT NULL UNIQUE,
        status_token_expires_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        approved boolean,
        decision_reason text CHECK (length(decision_reason) <= 2000),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        overrode_eligibility boolean NOT NULL DEFAULT false,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open application per volunteer: a double click or two coordinators at once make one.
    await q.query(`CREATE UNIQUE INDEX card_applications_one_open ON card_applications (volunteer_id) WHERE status IN ${OPEN_STATUSES}`);
    await q.query(`CREATE INDEX card_applications_volunteer_idx ON card_applications (volunteer_id, received_at DESC)`);
    await q.query(`CREATE INDEX card_applications_queue_idx ON card_applications (received_at, id) WHERE status = 'waiting_for_quota'`);
    await q.query(`
      CREATE TABLE card_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES card_applications(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES organisation_contacts(id) ON DELETE SET NULL,
        minutes integer NOT NULL CHECK (minutes >= 0),
        token_hash text UNIQUE,
        expires_at timestamptz,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
        reason text CHECK (length(reason) <= 2000),
        decided_at timestamptz,
        decided_by_user uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by_contact uuid REFERENCES organisation_contacts(id) ON DELETE SET NULL,
        UNIQUE (application_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE cards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES card_applications(id) ON DELETE CASCADE,
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        rule_set_code text NOT NULL,
        card_number text NOT NULL UNIQUE,
        valid_from date NOT NULL,
        valid_until date CHECK (valid_until IS NULL OR valid_until >= valid_from),
        verify_code text NOT NULL UNIQUE,
        issued_by uuid REFERENCES users(id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoke_reason text CHECK (length(revoke_reason) <= 2000)
      )`);
    await q.query(`CREATE INDEX cards_volunteer_idx ON cards (volunteer_id, issued_at DESC)`);
    await q.query(`CREATE INDEX cards_expiry_idx ON cards (valid_until) WHERE revoked_at IS NULL AND valid_until IS NOT NULL`);
    await q.query(`ALTER TABLE card_applications ADD CONSTRAINT card_applications_renewal_fk FOREIGN KEY (renewal_of) REFERENCES cards(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE card_year_counters (
        rule_set_code text NOT NULL,
        year integer NOT NULL,
        issued integer NOT NULL DEFAULT 0 CHECK (issued >= 0),
        PRIMARY KEY (rule_set_code, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE card_year_counters`);
    await q.query(`ALTER TABLE card_applications DROP CONSTRAINT card_applications_renewal_fk`);
    await q.query(`DROP TABLE cards`);
    await q.query(`DROP TABLE card_confirmations`);
    await q.query(`DROP TABLE card_applications`);
    await q.query(`DROP TABLE card_rule_sets`);
  }
}
