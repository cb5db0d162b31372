import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DSGVO retention: one row per run of the retention job with how many records each rule touched (counts only,
 * never who), so the data-protection officer can see that deletion happens and when; and the consent index matching
 * needs to leave out volunteers who withdrew their placement consent.
 */
export class Retention1764001100000 implements MigrationInterface {
  name = 'Retention1764001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_runs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        error text CHECK (length(error) <= 4000)
      )`);
    await q.query(`CREATE INDEX retention_runs_started_idx ON retention_runs (started_at DESC)`);
    // Matching asks per volunteer whether a placement consent was ever recorded (and withdrawn): one index probe each.
    await q.query(`CREATE INDEX volunteer_consents_volunteer_idx ON volunteer_consents (volunteer_id, purpose)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX volunteer_consents_volunteer_idx`);
    await q.query(`DROP TABLE retention_runs`);
  }
}
