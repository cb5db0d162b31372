import { ReminderRunner } from '@miteinander/server-notifications';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedCardRules } from '../card-fixtures';

const DAY = new Date('2026-12-01T09:00:00Z'); // 10:00 in Berlin, 1 December 2026

/** A card valid until `validUntil`, with its (issued) application, for a volunteer with an email address. */
async function cardUntil(t: TestApp, firstName: string, validUntil: string | null, opts: { revoked?: boolean; mailLocale?: string } = {}): Promise<string> {
  const [{ id: volunteerId }] = await t.dataSource.query(
    `INSERT INTO volunteers (first_name, last_name, email, status, mail_locale) VALUES ($1, 'Test', $2, 'active', $3) RETURNING id`,
    [firstName, `${firstName.toLowerCase()}@example.org`, opts.mailLocale ?? 'de'],
  );
  const [{ id: ruleSetId }] = await t.dataSource.query(`SELECT id FROM card_rule_sets WHERE code = 'landkreis-leipzig'`);
  const [{ id: applicationId }] = await t.dataSource.query(
    `INSERT INTO card_applications (volunteer_id, rule_set_id, status, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at)
     VALUES ($1, $2, 'issued', '{}', false, $3, now() + interval '1 year') RETURNING id`,
    [volunteerId, ruleSetId, `hash-${firstName}`],
  );
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, revoked_at)
     VALUES ($1, $2, 'landkreis-leipzig', $3, '2026-01-01', $4, $5, $6) RETURNING id`,
    [applicationId, volunteerId, `LL-2026-${firstName}`, validUntil, `code-${firstName}`, opts.revoked ? new Date() : null],
  );
  return id;
}

describe('honorary card expiry reminders (60 and 14 days before)', () => {
  let t: TestApp;
  let runner: ReminderRunner;
  beforeAll(async () => {
    t = await createTestApp();
    await seedCardRules(t);
    runner = t.app.get(ReminderRunner);
  });
  afterAll(() => t.close());

  const sent = (): Promise<{ recipient: string; locale: string; subject: string; vars: Record<string, string> }[]> =>
    t.dataSource.query(`SELECT recipient, locale, subject, vars FROM outbox WHERE reminder_kind = 'card-expiry' ORDER BY created_at, recipient`);

  it('reminds 60 days before, again 14 days before, each once, with a renewal link; not revoked, lifetime or far-off cards', async () => {
    const anna = await cardUntil(t, 'Anna', '2027-01-30'); // 60 days from 1 December
    await cardUntil(t, 'Olena', '2026-12-10', { mailLocale: 'uk' }); // issued late: only the 14-day reminder applies
    await cardUntil(t, 'Ben', '2027-03-01');
    await cardUntil(t, 'Carla', '2027-01-15', { revoked: true });
    await cardUntil(t, 'Gold', null);

    expect((await runner.run('card-expiry', DAY)).queued).toBe(2);
    expect((await runner.run('card-expiry', new Date('2026-12-02T09:00:00Z'))).queued).toBe(0);
    const first = await sent();
    expect(first.map((m) => m.recipient)).toEqual(['anna@example.org', 'olena@example.org']);
    expect(first[0]!.vars['validUntil']).toBe('30.01.2027');
    expect(first[0]!.vars['link']).toContain(`/my-card?renew=${anna}`);
    expect(first[1]!.locale).toBe('uk');

    // 14 days before Anna's card ends: her second reminder, once (and Ben's first, due since 31 December).
    expect((await runner.run('card-expiry', new Date('2027-01-16T09:00:00Z'))).queued).toBe(2);
    expect((await runner.run('card-expiry', new Date('2027-01-17T09:00:00Z'))).queued).toBe(0);
    expect((await sent()).filter((m) => m.recipient === 'anna@example.org')).toHaveLength(2);
    expect((await sent()).filter((m) => m.recipient === 'ben@example.org')).toHaveLength(1);
  });

  it('a renewal applied for stops the reminders', async () => {
    const dana = await cardUntil(t, 'Dana', '2027-01-20');
    const [{ volunteer_id, rule_set_id }] = await t.dataSource.query(`SELECT a.volunteer_id, a.rule_set_id FROM cards k JOIN card_applications a ON a.id = k.application_id WHERE k.id = $1`, [dana]);
    await t.dataSource.query(`UPDATE card_applications SET status = 'issued' WHERE volunteer_id = $1`, [volunteer_id]);
    await t.dataSource.query(
      `INSERT INTO card_applications (volunteer_id, rule_set_id, status, eligibility, flagged_not_eligible, status_token_hash, status_token_expires_at, renewal_of)
       VALUES ($1, $2, 'ready_for_decision', '{}', false, 'hash-dana-renewal', now() + interval '1 year', $3)`,
      [volunteer_id, rule_set_id, dana],
    );
    await runner.run('card-expiry', new Date('2026-12-05T09:00:00Z'));
    expect((await sent()).filter((m) => m.recipient === 'dana@example.org')).toHaveLength(0);
  });
});
