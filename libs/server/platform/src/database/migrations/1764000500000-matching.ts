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
    await this.createPool(q);
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

  /**
   * match_pool: per volunteer, exactly the facts the hard constraints and the score bound read, in one narrow row,
   * so a suggestion scans one small table without joins. Triggers keep it in the same transaction as every change
   * of a volunteer, a police-certificate record or a sponsorship's state or volunteer, so it is never stale; the
   * occupied places move by ±1 under the row lock, which stays right when two transactions change them at once.
   * The occupying states mirror OCCUPYING_STATES (contracts); an integration test compares the two.
   */
  private async createPool(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_pool (
        volunteer_id uuid PRIMARY KEY REFERENCES volunteers(id) ON DELETE CASCADE,
        status text NOT NULL,
        capacity integer NOT NULL,
        occupied integer NOT NULL DEFAULT 0,
        municipality_id integer,
        language_codes text[] NOT NULL,
        availability text[] NOT NULL,
        interests text[] NOT NULL,
        skills text[] NOT NULL,
        pc_issue_date date,
        pc_relevant_entry boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      CREATE FUNCTION match_pool_volunteer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO match_pool (volunteer_id, status, capacity, municipality_id, language_codes, availability, interests, skills)
        VALUES (NEW.id, NEW.status, NEW.capacity, NEW.municipality_id, NEW.language_codes, NEW.availability, NEW.interests, NEW.skills)
        ON CONFLICT (volunteer_id) DO UPDATE SET status = EXCLUDED.status, capacity = EXCLUDED.capacity, municipality_id = EXCLUDED.municipality_id,
          language_codes = EXCLUDED.language_codes, availability = EXCLUDED.availability, interests = EXCLUDED.interests, skills = EXCLUDED.skills;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER match_pool_volunteer AFTER INSERT OR UPDATE OF status, capacity, municipality_id, languages, availability, interests, skills ON volunteers
      FOR EACH ROW EXECUTE FUNCTION match_pool_volunteer()`);
    await q.query(`
      CREATE FUNCTION match_pool_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE match_pool SET pc_issue_date = NULL, pc_relevant_entry = false WHERE volunteer_id = OLD.volunteer_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE match_pool SET pc_issue_date = NEW.issue_date, pc_relevant_entry = NEW.relevant_entry WHERE volunteer_id = NEW.volunteer_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER match_pool_certificate AFTER INSERT OR UPDATE OR DELETE ON police_certificate_checks
      FOR EACH ROW EXECUTE FUNCTION match_pool_certificate()`);
    await q.query(`
      CREATE FUNCTION match_pool_occupancy() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE occupying constant text[] := ARRAY['match_proposed', 'intro_meeting', 'trial', 'active', 'closing'];
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.volunteer_id IS NOT NULL AND OLD.state = ANY(occupying) THEN
          UPDATE match_pool SET occupied = occupied - 1 WHERE volunteer_id = OLD.volunteer_id;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.volunteer_id IS NOT NULL AND NEW.state = ANY(occupying) THEN
          UPDATE match_pool SET occupied = occupied + 1 WHERE volunteer_id = NEW.volunteer_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER match_pool_occupancy AFTER INSERT OR UPDATE OF state, volunteer_id OR DELETE ON sponsorships
      FOR EACH ROW EXECUTE FUNCTION match_pool_occupancy()`);
    await q.query(`
      INSERT INTO match_pool (volunteer_id, status, capacity, occupied, municipality_id, language_codes, availability, interests, skills, pc_issue_date, pc_relevant_entry)
      SELECT v.id, v.status, v.capacity,
             (SELECT count(*) FROM sponsorships s WHERE s.volunteer_id = v.id AND s.state IN ('match_proposed', 'intro_meeting', 'trial', 'active', 'closing')),
             v.municipality_id, v.language_codes, v.availability, v.interests, v.skills, p.issue_date, coalesce(p.relevant_entry, false)
        FROM volunteers v LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_rounds`);
    await q.query(`DROP TABLE match_exclusions`);
    await q.query(`DROP TABLE match_weights`);
    await q.query(`DROP TRIGGER match_pool_occupancy ON sponsorships`);
    await q.query(`DROP TRIGGER match_pool_certificate ON police_certificate_checks`);
    await q.query(`DROP TRIGGER match_pool_volunteer ON volunteers`);
    await q.query(`DROP FUNCTION match_pool_occupancy(), match_pool_certificate(), match_pool_volunteer()`);
    await q.query(`DROP TABLE match_pool`);
    await q.query(`ALTER TABLE volunteers DROP COLUMN language_codes`);
    await q.query(`DROP FUNCTION language_codes(jsonb)`);
    await q.query(`ALTER TABLE beneficiaries DROP CONSTRAINT beneficiaries_sponsor_age_order, DROP COLUMN sponsor_age_min, DROP COLUMN sponsor_age_max`);
  }
}
