import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, latestMailTo } from '../test-support/people';

const URL = '/api/v1/accessibility/feedback';
// Random per run: with Redis the limiter's counters outlive the process.
const run = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
let nextAddress = 1;
/** Each test writes from its own client address, so the form's rate limit of one test does not leak into another. */
const freshIp = () => `${run}.${nextAddress++}`;

async function counts(t: TestApp): Promise<{ feedback: number; mails: number }> {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM accessibility_feedback) AS feedback,
            (SELECT count(*)::int FROM outbox WHERE template = 'accessibility-feedback') AS mails`,
  );
  return row;
}

describe('accessibility feedback form', () => {
  let t: TestApp;
  beforeAll(async () => {
    // One proxy hop: the client address comes from X-Forwarded-For, as behind the county's load balancer.
    t = await createTestApp({ TRUST_PROXY_HOPS: '1' });
    await createUser(t, 'koordination@example.org', ['coordinator']);
    await createUser(t, 'zweite.koordination@example.org', ['coordinator']);
    const former = await createUser(t, 'ehemalig@example.org', ['coordinator']);
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [former.id]);
    await createUser(t, 'admin@example.org', ['admin']);
  });
  afterAll(() => t.close());

  it('stores the report without an account and mails it to each active coordinator in the same step', async () => {
    const res = await t
      .http()
      .post(URL)
      .set('x-forwarded-for', freshIp())
      .set('accept-language', 'en')
      .send({ page: '/volunteers', message: 'The hours table cannot be read column by column with a screen reader.', email: ' Anna.Muster@Example.org ' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'received' });

    const rows = await t.dataSource.query(`SELECT page, message, email, locale FROM accessibility_feedback`);
    expect(rows).toEqual([{ page: '/volunteers', message: 'The hours table cannot be read column by column with a screen reader.', email: 'anna.muster@example.org', locale: 'en' }]);
    const recipients = await t.dataSource.query(`SELECT recipient FROM outbox WHERE template = 'accessibility-feedback' ORDER BY recipient`);
    expect(recipients).toEqual([{ recipient: 'koordination@example.org' }, { recipient: 'zweite.koordination@example.org' }]);
    const mail = await latestMailTo(t, 'koordination@example.org');
    expect(mail?.subject).toBe('Rückmeldung zur Barrierefreiheit: /volunteers');
    expect(mail?.body_text).toContain('Nachricht:\nThe hours table cannot be read column by column with a screen reader.');
    expect(mail?.body_text).toContain('Antwort an: anna.muster@example.org');
  });

  it('says in the mail that no answer is wanted when no email address was given', async () => {
    const res = await t.http().post(URL).set('x-forwarded-for', freshIp()).send({ page: 'Anmeldung', message: 'Der Fokus ist auf dem Knopf nicht zu sehen.', email: '' });
    expect(res.status).toBe(202);
    const mail = await latestMailTo(t, 'zweite.koordination@example.org');
    expect(mail?.subject).toBe('Rückmeldung zur Barrierefreiheit: Anmeldung');
    expect(mail?.body_text).toContain('Antwort an: keine Antwort gewünscht');
    const [row] = await t.dataSource.query(`SELECT email FROM accessibility_feedback WHERE page = 'Anmeldung'`);
    expect(row.email).toBeNull();
  });

  it('names each wrong field in German and writes nothing', async () => {
    const before = await counts(t);
    const res = await t.http().post(URL).set('x-forwarded-for', freshIp()).send({ page: '  ', message: 'x'.repeat(4001), email: 'keine-adresse' });
    expect(res.status).toBe(400);
    const fields = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(fields).toEqual({
      page: 'Seite: Bitte ausfüllen.',
      message: 'Nachricht: Bitte höchstens 4000 Zeichen angeben.',
      email: 'E-Mail-Adresse für eine Antwort: Bitte eine gültige E-Mail-Adresse angeben.',
    });
    expect(await counts(t)).toEqual(before);
  });

  it('names a missing message in English for an English browser', async () => {
    const before = await counts(t);
    const res = await t.http().post(URL).set('x-forwarded-for', freshIp()).set('accept-language', 'en-GB,en;q=0.8').send({ page: '/hours' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'message', message: 'Message: Please fill this in.' }]);
    expect(await counts(t)).toEqual(before);
  });

  it('answers a bot that fills the hidden field like anyone else, but keeps and sends nothing', async () => {
    const before = await counts(t);
    const res = await t.http().post(URL).set('x-forwarded-for', freshIp()).send({ page: '/', message: 'Cheap pills', website: 'https://spam.example' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: 'received' });
    expect(await counts(t)).toEqual(before);
  });

  it('takes 5 reports from one address in 10 minutes and refuses the 6th with 429', async () => {
    const ip = freshIp();
    const before = await counts(t);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const res = await t.http().post(URL).set('x-forwarded-for', ip).send({ page: '/events', message: `Meldung ${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(await counts(t)).toEqual({ feedback: before.feedback + 5, mails: before.mails + 10 });
    // Another address is not affected.
    const other = await t.http().post(URL).set('x-forwarded-for', freshIp()).send({ page: '/events', message: 'Meldung von woanders' });
    expect(other.status).toBe(202);
  });
});
