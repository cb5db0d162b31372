import { ReminderRunner } from '@miteinander/server-notifications';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createUser } from '../../test-support/people';

const DAY = new Date('2026-12-01T09:00:00Z'); // 10:00 in Berlin

describe('overdue sponsorship check-ins are reminded to the responsible coordinator', () => {
  let t: TestApp;
  let runner: ReminderRunner;

  /** A running sponsorship straight in the tables, with its next check-in due on `due`. */
  async function sponsorship(name: string, coordinatorId: string | null, due: string, state = 'active'): Promise<string> {
    const [{ id: municipalityId }] = await t.dataSource.query(`SELECT id FROM municipalities WHERE name = 'Wurzen'`);
    const [{ id: volunteerId }] = await t.dataSource.query(`INSERT INTO volunteers (first_name, last_name, status) VALUES ('Lena', $1, 'active') RETURNING id`, [name]);
    const [{ id: beneficiaryId }] = await t.dataSource.query(
      `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs, adults) VALUES ('family', $1, $2, 'A1', 'Begleitung', 2) RETURNING id`,
      [name, municipalityId],
    );
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, volunteer_id, coordinator_id, planned_months, trial_weeks, intro_meeting_date, trial_start,
                                 contacts_shared_at, has_trial_review, next_check_in_due)
       VALUES ('family', $1, $2, false, $3, $4, 12, 6, '2026-05-01', '2026-05-02', now(), true, $5) RETURNING id`,
      [beneficiaryId, state, volunteerId, coordinatorId, due],
    );
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    runner = t.app.get(ReminderRunner);
  });
  afterAll(() => t.close());

  it('writes one mail per missed due date to the coordinator, not for check-ins still to come, and none twice', async () => {
    const kai = await createUser(t, 'kai@example.org', ['coordinator']);
    const eva = await createUser(t, 'eva@example.org', ['coordinator']);
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [eva.id]);
    const overdue = await sponsorship('Familie Haddad', kai.id, '2026-11-20');
    await sponsorship('Familie Nouri', eva.id, '2026-11-30');
    await sponsorship('Familie Said', kai.id, '2026-12-01'); // due today: not overdue yet
    await sponsorship('Familie Ohne', null, '2026-11-01'); // nobody responsible: only on the start page

    expect((await runner.run('sponsorship-checkin', DAY)).queued).toBe(2);
    expect((await runner.run('sponsorship-checkin', new Date('2026-12-02T09:00:00Z'))).queued).toBe(1); // Said is overdue now; the others not again
    const mails: { recipient: string; subject: string; vars: Record<string, string> }[] = await t.dataSource.query(
      `SELECT recipient, subject, vars FROM outbox WHERE reminder_kind = 'sponsorship-checkin' ORDER BY created_at, recipient`,
    );
    expect(mails.map((m) => m.subject)).toEqual(['Check-in overdue: Familie Nouri', 'Gespräch überfällig: Familie Haddad', 'Gespräch überfällig: Familie Said']);
    const haddad = mails.find((m) => m.subject.endsWith('Haddad'))!;
    expect(haddad.recipient).toBe('kai@example.org');
    expect(haddad.vars['dueDate']).toBe('20.11.2026');
    expect(haddad.vars['link']).toMatch(new RegExp(`/sponsorships/${overdue}$`));
  });
});
