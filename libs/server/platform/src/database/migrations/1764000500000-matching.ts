import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching: versioned factor weights (each save a new version; none saved means the built-in defaults),
 * coordinators' exclusions of a pair, and matching rounds with their proposals (kept as computed, so the
 * coordinator accepts exactly what they saw).
 */
export class Matching1764000500000 implements MigrationInterface {
  name = 'Matching1764000500000';

  async up(q: QueryRunner): Promise<void> {
    // A family's or pupil's wish for the sponsor's age, which the preferences factor weighs.
    await q.query(`
      ALTER TABLE beneficiaries
        ADD COLUMN sponsor_age_min integer CHECK (sponsor_age_min BETWEEN 16 AND 99),
        ADD COLUMN sponsor_age_max integer CHECK (sponsor_age_max BETWEEN 16 AND 99),
        ADD CONSTRAINT beneficiaries_sponsor_age_order CHECK (sponsor_age_min IS NULL OR sponsor_age_max IS NULL OR sponsor_age_min <= sponsor_age_max)`);
    // Matching filters volunteers by shared language on every suggestion: a plain array of the codes is far
    // cheaper to test than the JSON it is derived from.
    await q.query(`
      CREATE FUNCTION language_codes(languages jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN ARRAY(SELECT e->>'code' FROM jsonb_array_elements(languages) e)`);
    await q.query(`ALTER TABLE volunteers ADD COLUMN language_codes text[] NOT NULL GENERATED ALWAYS AS (language_codes(languages)) STORED`);
    await q.query(`
      CREATE TABLE match_weights (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL UNIQUE CHECK (version > 0),
        weights jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE match_exclusions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sponsorship_id uuid NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
        volunteer_id uuid NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (sponsorship_id, volunteer_id)
      )`);
    await q.query(`
      CREATE TABLE match_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        weights_version integer NOT NULL,
        selection jsonb NOT NULL,
        total_score integer NOT NULL,
        result jsonb NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_rounds`);
    await q.query(`DROP TABLE match_exclusions`);
    await q.query(`DROP TABLE match_weights`);
    await q.query(`ALTER TABLE volunteers DROP COLUMN language_codes`);
    await q.query(`DROP FUNCTION language_codes(jsonb)`);
    await q.query(`ALTER TABLE beneficiaries DROP CONSTRAINT beneficiaries_sponsor_age_order, DROP COLUMN sponsor_age_min, DROP COLUMN sponsor_age_max`);
  }
}
