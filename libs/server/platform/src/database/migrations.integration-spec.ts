import { createDataSource } from './data-source';
import { MIGRATIONS } from './migrations';

/**
 * The test database was migrated up from empty by the global setup. Here every migration is reverted
 * down to an empty schema and applied again. (Done in place rather than in a side schema: PGlite's
 * connections share one session, so a `SET search_path` would leak into every other connection.)
 */
describe('migrations', () => {
  const ds = createDataSource(process.env['TEST_DATABASE_URL']!, [], 1);
  beforeAll(() => ds.initialize());
  afterAll(() => ds.destroy());

  async function tables(): Promise<string[]> {
    const rows: { tablename: string }[] = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    return rows.map((r) => r.tablename).filter((t) => t !== 'schema_migrations');
  }

  it('reverts the whole schema to empty and builds it again', async () => {
    const built = await tables();
    expect(built).toEqual(expect.arrayContaining(['users', 'sessions', 'auth_tokens', 'audit_log', 'outbox', 'login_throttle', 'municipalities', 'organisations', 'volunteers', 'mail_templates', 'mail_preferences', 'reminder_digest_items', 'hour_entries', 'volunteer_status_changes', 'police_certificate_checks', 'volunteer_consents', 'volunteer_trainings', 'organisation_contacts', 'volunteer_organisations', 'hours_period_lock', 'organisation_approval_links', 'beneficiaries', 'sponsorships', 'sponsorship_transitions', 'sponsorship_check_ins']));
    expect(await ds.showMigrations()).toBe(false);

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await ds.showMigrations()).toBe(true);

    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(await tables()).toEqual(built);
  });
});
