import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read purposes in the audit trail, and an append-only audit_log: UPDATE and DELETE raise for every role,
 * TRUNCATE only when the session says `miteinander.allow_audit_truncate = on` (the test reset does).
 * Encrypted fields need no schema change (text and jsonb hold the ciphertext); existing plain values are
 * encrypted by the api at start-up, since SQL has no key (FieldEncryptionService).
 */
export class EncryptionAndAudit1764001200000 implements MigrationInterface {
  name = 'EncryptionAndAudit1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN purpose text CHECK (purpose IN ('case_work','matching','access_request','self_export','review'))`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' AND coalesce(current_setting('miteinander.allow_audit_truncate', true), '') = 'on' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await q.query(`DROP TRIGGER audit_log_no_change ON audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN purpose`);
  }
}
