import type { MigrationInterface, QueryRunner } from 'typeorm';

const INVITATION_STATUSES = `('listed', 'invited', 'accepted', 'declined', 'waitlisted', 'removed')`;

/**
 * Recognition events: the event with its capacity; one invitation per event and email address (people selected by
 * several criteria are merged there); RSVP links and admission codes as hashed tokens (several per invitation, one per
 * mail, each can be revoked); award categories, nominations (by coordinators or organisation contacts through a
 * capability link) and winners. Mails can carry small attachments (calendar file, admission QR code).
 */
export class Recognition1764000800000 implements MigrationInterface {
  name = 'Recognition1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN attachments jsonb`);
    await q.query(`
      CREATE TABLE recognition_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('award_ceremony', 'reception', 'thank_you_festival')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        venue_name text NOT NULL CHECK (length(venue_name) <= 200),
        venue_address text NOT NULL CHECK (length(venue_address) <= 500),
        accessibility text NOT NULL DEFAULT '' CHECK (length(accessibility) <= 2000),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
        rsvp_deadline date NOT NULL,
        plus_ones_allowed boolean NOT NULL DEFAULT false,
        description_de text NOT NULL DEFAULT '' CHECK (length(description_de) <= 5000),
        description_en text NOT NULL DEFAULT '' CHECK (length(description_en) <= 5000),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'invited', 'cancelled')),
        cancel_reason text CHECK (length(cancel_reason) <= 2000),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX recognition_events_starts_idx ON recognition_events (starts_at)`);
    // Waiting-list order across all events: a place taken later gets a larger number.
    await q.query(`CREATE SEQUENCE event_waitlist_seq`);
    await q.query(`
      CREATE TABLE event_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES recognition_events(id) ON DELETE CASCADE,
        email_key text NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        locale text NOT NULL DEFAULT 'de',
        volunteer_id uuid REFERENCES volunteers(id) ON DELETE SET NULL,
        contact_id uuid REFERENCES organisation_contacts(id) ON DELETE SET NULL,
        sources text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'listed' CHECK (status IN ${INVITATION_STATUSES}),
        waitlist_seq bigint,
        plus_one boolean NOT NULL DEFAULT false,
        plus_one_name text CHECK (length(plus_one_name) <= 200),
        accessibility_needs text CHECK (length(accessibility_needs) <= 1000),
        dietary_needs text CHECK (length(dietary_needs) <= 1000),
        photo_consent boolean,
        invited_at timestamptz,
        answered_at timestamptz,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES users(id) ON DELETE SET NULL,
        thanked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, email_key),
        CHECK (status <> 'waitlisted' OR waitlist_seq IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX event_invitations_event_status_idx ON event_invitations (event_id, status, waitlist_seq)`);
    await q.query(`CREATE INDEX event_invitations_volunteer_idx ON event_invitations (volunteer_id) WHERE volunteer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE event_invitation_tokens (
        token_hash text PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES event_invitations(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('rsvp', 'admission')),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX event_invitation_tokens_invitation_idx ON event_invitation_tokens (invitation_id)`);
    await q.query(`
      CREATE TABLE event_award_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES recognition_events(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX event_award_categories_event_idx ON event_award_categories (event_id)`);
    await q.query(`
      CREATE TABLE event_nominations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES event_award_categories(id) ON DELETE CASCADE,
        volunteer_id uuid REFERENCES volunteers(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        nominated_by_user uuid REFERENCES users(id) ON DELETE SET NULL,
        nominated_by_contact uuid REFERENCES organisation_contacts(id) ON DELETE SET NULL,
        winner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(volunteer_id, organisation_id) = 1)
      )`);
    await q.query(`CREATE UNIQUE INDEX event_nominations_volunteer_key ON event_nominations (category_id, volunteer_id) WHERE volunteer_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX event_nominations_organisation_key ON event_nominations (category_id, organisation_id) WHERE organisation_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE event_nomination_links (
        token_hash text PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES recognition_events(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES organisation_contacts(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['event_nomination_links', 'event_nominations', 'event_award_categories', 'event_invitation_tokens', 'event_invitations', 'recognition_events']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE event_waitlist_seq`);
    await q.query(`ALTER TABLE outbox DROP COLUMN attachments`);
  }
}
