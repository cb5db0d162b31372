import type { GrantApplicationStatus } from '@miteinander/contracts';
import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createUser } from '../../test-support/people';
import { insertApplication, insertCall, validData } from '../grant-fixtures';

/** 10:00 in Berlin on the given day. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);

describe('micro-project report reminders (14 days before, on the day, the day after)', () => {
  let t: TestApp;
  let runner: ReminderRunner;
  let callId: string;
  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(ReminderRunner);
    callId = await insertCall(t);
  });
  afterAll(() => t.close());

  /** An application of its own applicant (first name = e-mail local part) with its report due on `reportDue`. */
  async function grant(name: string, status: GrantApplicationStatus, reportDue: string, locale = 'de'): Promise<string> {
    const user = await createUser(t, `${name}@example.org`, ['applicant']);
    await t.dataSource.query(`UPDATE users SET locale = $2 WHERE id = $1`, [user.id, locale]);
    const data = await validData(t, { title: `Projekt ${name}` });
    return insertApplication(t, { callId, applicantId: user.id, status, data, approvedCents: 150_000, reportDue, reference: `MP-2026-${name}` });
  }

  const sent = (): Promise<{ recipient: string; locale: string; subject: string; vars: Record<string, string> }[]> =>
    t.dataSource.query(`SELECT recipient, locale, subject, vars FROM outbox WHERE reminder_kind = 'microproject-report' ORDER BY created_at, recipient`);
  const to = async (name: string) => (await sent()).filter((m) => m.recipient === `${name}@example.org`);

  it('sends each stage once to applicants whose report is outstanding, in their language, and nothing on other days', async () => {
    const anna = await grant('anna', 'paid', '2026-12-15'); // 14 days after 1 December
    await grant('ben', 'paid', '2026-12-01'); // due today
    await grant('cem', 'report_corrections', '2026-11-30', 'en'); // due yesterday, sent back for corrections
    await grant('dana', 'paid', '2026-12-10'); // not a reminder day
    await grant('emil', 'closed', '2026-12-01');
    await grant('fatma', 'report_submitted', '2026-12-15');
    await grant('greta', 'payment_requested', '2026-12-01');

    expect((await runner.run('microproject-report', at('2026-12-01'))).queued).toBe(3);
    expect((await runner.run('microproject-report', at('2026-12-01'))).queued).toBe(0); // a replayed run sends nothing new
    const first = await sent();
    expect(first.map((m) => m.recipient).sort()).toEqual(['anna@example.org', 'ben@example.org', 'cem@example.org']);

    const [toAnna] = await to('anna');
    expect(toAnna!.subject).toBe('Verwendungsnachweis für „Projekt anna“ (MP-2026-anna)');
    expect(toAnna!.vars).toMatchObject({ dueDate: '15.12.2026', stage: 'Der Verwendungsnachweis ist in 14 Tagen fällig.', reference: 'MP-2026-anna' });
    expect(toAnna!.vars['link']).toContain(`/my-grants/${anna}/report`);
    expect((await to('ben'))[0]!.vars['stage']).toMatch(/^Heute ist der letzte Tag/);
    const [toCem] = await to('cem');
    expect(toCem!.locale).toBe('en');
    expect(toCem!.vars).toMatchObject({ dueDate: '30/11/2026', stage: expect.stringMatching(/deadline .* has passed/) });

    // Days in between send nothing; Anna's due day and the day after each send once.
    expect((await runner.run('microproject-report', at('2026-12-02'))).queued).toBe(1); // Ben's report is now overdue
    expect((await runner.run('microproject-report', at('2026-12-02'))).queued).toBe(0);
    expect((await runner.run('microproject-report', at('2026-12-03'))).queued).toBe(0);
    expect((await runner.run('microproject-report', at('2026-12-14'))).queued).toBe(0);
    expect((await runner.run('microproject-report', at('2026-12-15'))).queued).toBe(1);
    expect((await runner.run('microproject-report', at('2026-12-15'))).queued).toBe(0);
    expect((await runner.run('microproject-report', at('2026-12-16'))).queued).toBe(1);
    expect((await runner.run('microproject-report', at('2026-12-17'))).queued).toBe(0);
    expect((await to('anna')).map((m) => m.vars['stage'])).toEqual([
      'Der Verwendungsnachweis ist in 14 Tagen fällig.',
      'Heute ist der letzte Tag für den Verwendungsnachweis.',
      expect.stringMatching(/^Die Frist für den Verwendungsnachweis ist abgelaufen/),
    ]);
    expect((await to('ben')).map((m) => m.vars['stage'])).toEqual(['Heute ist der letzte Tag für den Verwendungsnachweis.', expect.stringMatching(/abgelaufen/)]);
    expect(await to('cem')).toHaveLength(1);
    for (const name of ['dana', 'emil', 'fatma', 'greta']) expect(await to(name)).toEqual([]);
  });

  it('stops once the report is filed', async () => {
    const id = await grant('hanna', 'paid', '2027-01-20');
    expect((await runner.run('microproject-report', at('2027-01-06'))).queued).toBe(1);
    await t.dataSource.query(`UPDATE grant_applications SET status = 'report_submitted' WHERE id = $1`, [id]);
    await runner.run('microproject-report', at('2027-01-20'));
    await runner.run('microproject-report', at('2027-01-21'));
    expect(await to('hanna')).toHaveLength(1);
  });
});
