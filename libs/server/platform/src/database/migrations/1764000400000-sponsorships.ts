import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sponsorship requests and pairings: the family or pupil (beneficiaries, no account), the sponsorship with its
 * lifecycle state, the transition history, check-ins, and hour entries linked to a sponsorship.
 * The CHECKs restate the state machine's invariants, so no code path can store an impossible sponsorship.
 */
export class Sponsorships1764000400000 implements MigrationInterface {
  name = 'Sponsorships1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE beneficiaries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('family','pupil')),
        name text NOT NULL,
        municipality_id integer NOT NULL REFERENCES municipalities(id),
        languages jsonb NOT NULL DEFAULT '[]',
        german_level text NOT NULL CHECK (german_level IN ('none','A1','A2','B1','B2','C1','C2','native')),
        needs text NOT NULL,
        availability text[] NOT NULL DEFAULT '{}',
        sponsor_gender text CHECK (sponsor_gender IN ('female','male','diverse')),
        interpreter boolean NOT NULL DEFAULT false,
        contact_person text,
        phone text,
        email text,
        address text,
        adults integer CHECK (adults BETWEEN 1 AND 10),
        children_ages integer[] NOT NULL DEFAULT '{}',
        pupil jsonb,
        guardian_consent_by text,
        guardian_consent_date date,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((guardian_consent_by IS NULL) = (guardian_consent_date IS NULL))
      )`);
    await q.query(`
      CREATE TABLE sponsorships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('family','mother','learning')),
        beneficiary_id uuid NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('inquiry','intake','ready_to_match','match_proposed','intro_meeting','trial','active','closing','closed')),
        involves_minors boolean NOT NULL,
        volunteer_id uuid REFERENCES volunteers(id),
        coordinator_id uuid REFERENCES users(id) ON DELETE SET NULL,
        planned_months integer NOT NULL CHECK (planned_months BETWEEN 1 AND 36),
        intro_meeting_date date,
        contacts_shared_at timestamptz,
        trial_start date,
        trial_weeks integer NOT NULL CHECK (trial_weeks BETWEEN 4 AND 12),
        has_trial_review boolean NOT NULL DEFAULT false,
        has_closing_talk boolean NOT NULL DEFAULT false,
        last_check_in_date date,
        next_check_in_due date,
        end_date date,
        end_reason text CHECK (end_reason IN ('goal_reached','conflict','lack_of_time','moved_away','departure','no_contact','other')),
        closing_note text,
        rematch_of uuid REFERENCES sponsorships(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (state NOT IN ('match_proposed','intro_meeting','trial','active','closing') OR volunteer_id IS NOT NULL),
        CHECK (state NOT IN ('inquiry','intake','ready_to_match') OR volunteer_id IS NULL),
        CHECK (state NOT IN ('intro_meeting','trial','active','closing') OR intro_meeting_date IS NOT NULL),
        CHECK (state NOT IN ('trial','active','closing') OR (trial_start IS NOT NULL AND contacts_shared_at IS NOT NULL)),
        CHECK (state <> 'active' OR has_trial_review),
        CHECK (state <> 'closed' OR (end_date IS NOT NULL AND end_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX sponsorships_state_requested_idx ON sponsorships (state, requested_at, id)`);
    await q.query(`CREATE INDEX sponsorships_beneficiary_idx ON sponsorships (beneficiary_id)`);
    await q.query(`CREATE INDEX sponsorships_volunteer_idx ON sponsorships (volunteer_id, state) WHERE volunteer_id IS NOT NULL`);
    await q.query(`CREATE INDEX sponsorships_coordinator_idx ON sponsorships (coordinator_id)`);
    await q.query(`CREATE INDEX sponsorships_check_in_due_idx ON sponsorships (next_check_in_due) WHERE next_check_in_due IS NOT NULL`);
    // One re-match per closed sponsorship: a double click returns the request already made.
    await q.query(`CREATE UNIQUE INDEX sponsorships_rematch_idx ON sponsorships (rematch_of) WHERE rematch_of IS NOT NULL`);
    await q.query(`
      CREATE TABLE sponsorship_transitions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        sponsorship_id uuid NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
        from_state text,
        to_state text NOT NULL,
        volunteer_id uuid REFERENCES volunteers(id) ON DELETE SET NULL,
        reason text,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sponsorship_transitions_sponsorship_idx ON sponsorship_transitions (sponsorship_id, id)`);
    await q.query(`
      CREATE TABLE sponsorship_check_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sponsorship_id uuid NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('trial_review','regular','closing_talk')),
        held_on date NOT NULL,
        mood text NOT NULL CHECK (mood IN ('good','okay','difficult')),
        note text NOT NULL,
        next_step text,
        recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sponsorship_check_ins_sponsorship_idx ON sponsorship_check_ins (sponsorship_id, held_on)`);
    await q.query(`ALTER TABLE hour_entries ADD CONSTRAINT hour_entries_sponsorship_fk FOREIGN KEY (sponsorship_id) REFERENCES sponsorships(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX hour_entries_sponsorship_idx ON hour_entries (sponsorship_id) WHERE sponsorship_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX hour_entries_sponsorship_idx`);
    await q.query(`ALTER TABLE hour_entries DROP CONSTRAINT hour_entries_sponsorship_fk`);
    await q.query(`DROP TABLE sponsorship_check_ins`);
    await q.query(`DROP TABLE sponsorship_transitions`);
    await q.query(`DROP TABLE sponsorships`);
    await q.query(`DROP TABLE beneficiaries`);
  }
}
