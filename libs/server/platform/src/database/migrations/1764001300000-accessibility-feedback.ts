import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports of barriers from the accessibility statement's form (BITV 2.0 § 7 Feedback-Mechanismus). */
export class AccessibilityFeedback1764001300000 implements MigrationInterface {
  name = 'AccessibilityFeedback1764001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE accessibility_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        page text NOT NULL CHECK (length(page) BETWEEN 1 AND 200),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
        -- Only when the person asked for an answer.
        email text CHECK (email IS NULL OR email = lower(email)),
        -- The language the person wrote in, so the answer can be in it too.
        locale text NOT NULL DEFAULT 'de',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX accessibility_feedback_created_idx ON accessibility_feedback (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE accessibility_feedback`);
  }
}
