import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting: evaluation-report exports (the rendered PDF and XLSX with their progress, so any process can answer a
 * poll), and the approved-hours rollups that let hour reports over millions of entries answer in milliseconds.
 */
export class Reporting1764000900000 implements MigrationInterface {
  name = 'Reporting1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        municipality_id integer REFERENCES municipalities(id) ON DELETE SET NULL,
        locale text NOT NULL DEFAULT 'de',
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        step text NOT NULL DEFAULT 'queued',
        error text,
        pdf bytea,
        xlsx bytea,
        requested_by uuid REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX report_exports_requested_by_idx ON report_exports (requested_by, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_exports`);
  }
}
