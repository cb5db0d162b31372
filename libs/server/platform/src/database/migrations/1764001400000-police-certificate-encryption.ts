import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The police-certificate facts encrypted in the application: whether there is a relevant entry and who inspected
 * become ciphertext (the start-up sweep encrypts the existing plain values — SQL has no key). Matching, lists and
 * reminders still filter on the entry through `entry_tag`, a blind-index tag of "<volunteer id>|<true|false>"
 * that reveals nothing without the key; a row without a tag counts as not cleared until the sweep fills it in.
 */
export class PoliceCertificateEncryption1764001400000 implements MigrationInterface {
  name = 'PoliceCertificateEncryption1764001400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE police_certificate_checks ALTER COLUMN relevant_entry TYPE text USING relevant_entry::text`);
    await q.query(`ALTER TABLE police_certificate_checks ADD COLUMN entry_tag text`);
    await q.query(`ALTER TABLE match_pool DROP COLUMN pc_relevant_entry`);
    await q.query(`ALTER TABLE match_pool ADD COLUMN pc_entry_tag text`);
    await q.query(`
      CREATE OR REPLACE FUNCTION match_pool_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE match_pool SET pc_issue_date = NULL, pc_entry_tag = NULL WHERE volunteer_id = OLD.volunteer_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE match_pool SET pc_issue_date = NEW.issue_date, pc_entry_tag = NEW.entry_tag WHERE volunteer_id = NEW.volunteer_id;
        END IF;
        RETURN NULL;
      END $$`);
  }

  /** SQL cannot decrypt: an encrypted fact comes back as "relevant entry", so nobody is cleared by the way back. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION match_pool_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE match_pool SET pc_issue_date = NULL, pc_relevant_entry = false WHERE volunteer_id = OLD.volunteer_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE match_pool SET pc_issue_date = NEW.issue_date, pc_relevant_entry = NEW.relevant_entry WHERE volunteer_id = NEW.volunteer_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`ALTER TABLE match_pool DROP COLUMN pc_entry_tag`);
    await q.query(`ALTER TABLE match_pool ADD COLUMN pc_relevant_entry boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE police_certificate_checks DROP COLUMN entry_tag`);
    await q.query(`ALTER TABLE police_certificate_checks ALTER COLUMN relevant_entry TYPE boolean USING (relevant_entry IS DISTINCT FROM 'false')`);
    await q.query(`UPDATE match_pool mp SET pc_relevant_entry = p.relevant_entry FROM police_certificate_checks p WHERE p.volunteer_id = mp.volunteer_id`);
  }
}
