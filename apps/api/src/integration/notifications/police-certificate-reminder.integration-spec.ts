import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { insertPoliceCheck } from '../police-certificate-fixture';

const DAY = new Date('2026-12-01T09:00:00Z'); // 10:00 in Berlin

/** A volunteer with a police-certificate inspection of a certificate issued on `issueDate`. */
async function volunteerWithCertificate(t: TestApp, firstName: string, issueDate: string, opts: { status?: string; relevantEntry?: boolean; mailLocale?: string } = {}): Promise<void> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO volunteers (first_name, last_name, email, status, mail_locale) VALUES ($1, 'Test', $2, $3, $4) RETURNING id`,
    [firstName, `${firstName.toLowerCase()}@example.org`, opts.status ?? 'active', opts.mailLocale ?? 'de'],
  );
  const inspected = new Date(Date.parse(`${issueDate}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await insertPoliceCheck(t.dataSource, id, { inspectionDate: inspected, issueDate, relevantEntry: opts.relevantEntry, inspector: 'Koordination' });
}

describe('police-certificate re-inspection reminder', () => {
  let t: TestApp;
  let runner: ReminderRunner;
  beforeAll(async () => {
    t = await createTestApp();
    runner = t.app.get(ReminderRunner);
  });
  afterAll(() => t.close());

  it('asks each volunteer once, 60 days before the five years run out, in their mail language', async () => {
    await volunteerWithCertificate(t, 'Anna', '2022-01-20'); // valid until 20.01.2027: within 60 days
    await volunteerWithCertificate(t, 'Olena', '2022-01-10', { mailLocale: 'uk' }); // valid until 10.01.2027
    await volunteerWithCertificate(t, 'Ben', '2022-06-01'); // valid until 01.06.2027: not yet
    await volunteerWithCertificate(t, 'Carla', '2022-01-05', { status: 'left' }); // no longer active
    await volunteerWithCertificate(t, 'Dana', '2022-01-05', { relevantEntry: true }); // may not work with minors at all

    const first = await runner.run('police-certificate', DAY);
    const replay = await runner.run('police-certificate', new Date('2026-12-02T09:00:00Z'));
    expect(first.queued).toBe(2);
    expect(replay.queued).toBe(0);

    const mails: { recipient: string; subject: string; locale: string; vars: Record<string, string> }[] = await t.dataSource.query(
      `SELECT recipient, subject, locale, vars FROM outbox WHERE reminder_kind = 'police-certificate' ORDER BY recipient`,
    );
    expect(mails.map((m) => m.recipient)).toEqual(['anna@example.org', 'olena@example.org']);
    expect(mails[0]!.subject).toBe('Ihr erweitertes Führungszeugnis muss bald erneuert werden');
    expect(mails[0]!.vars['validUntil']).toBe('20.01.2027');
    expect(mails[1]!.locale).toBe('uk');
    expect(mails[1]!.subject).toBe('Вашу розширену довідку про несудимість скоро треба оновити');
  });
});
