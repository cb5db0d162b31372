import { localDate } from '@miteinander/domain-reminders';
import { addDays, addMonths, addYears } from '@miteinander/domain-volunteers';
import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

describe('police-certificate rules come from configuration, not from the code', () => {
  let t: TestApp;
  let coord: SignedIn;
  const today = localDate(new Date(), 'Europe/Berlin');

  beforeAll(async () => {
    // Another county (or a changed law): 6 months at inspection, 3 years valid, reminder 30 days before.
    t = await createTestApp({ POLICE_CERTIFICATE_MAX_AGE_MONTHS: '6', POLICE_CERTIFICATE_VALID_YEARS: '3', POLICE_CERTIFICATE_REMIND_DAYS: '30' });
    await loadMunicipalities(t.dataSource);
    await createUser(t, 'koord@example.org', ['coordinator']);
    coord = await signIn(t, 'koord@example.org');
  });
  afterAll(() => t.close());

  it('accepts, dates and lists records by the configured numbers', async () => {
    const [{ id: municipalityId }] = await t.dataSource.query(`SELECT id FROM municipalities WHERE name = 'Wurzen'`);
    const { body } = await coord.agent
      .post('/api/v1/volunteers')
      .set('x-xsrf-token', coord.csrf)
      .send({ firstName: 'Petra', lastName: 'Neumann', municipalityId, languages: [{ code: 'de', level: 'native' }] });
    const put = (issueDate: string, inspectionDate: string) =>
      coord.agent.put(`/api/v1/volunteers/${body.id}/police-certificate`).set('x-xsrf-token', coord.csrf).send({ issueDate, inspectionDate, relevantEntry: false, inspector: 'K. H.' });

    const tooOld = await put(addDays(addMonths(today, -6), -1), today);
    expect(tooOld.body.errors).toEqual([{ field: 'issueDate', message: 'Ausstellungsdatum: Das Führungszeugnis darf bei der Einsichtnahme höchstens 6 Monate alt sein.' }]);

    // Five months old at inspection: too old under the default 3 months, fine here.
    const fiveMonths = addMonths(today, -5);
    expect((await put(fiveMonths, today)).body.policeCertificateRecord).toMatchObject({ validUntil: addYears(fiveMonths, 3), state: 'valid' });

    // Expiring in 40 days: valid with a 30-day reminder (it would be "due" with the default 60 days) …
    const in40 = addDays(addYears(today, -3), 40);
    await put(in40, addDays(in40, 7)).expect(200);
    expect((await coord.agent.get('/api/v1/volunteers').query({ policeCertificate: 'valid' })).body.total).toBe(1);
    // … and due 20 days before expiry.
    const in20 = addDays(addYears(today, -3), 20);
    await put(in20, addDays(in20, 7)).expect(200);
    const due = await coord.agent.get('/api/v1/volunteers').query({ policeCertificate: 'reinspection_due' });
    expect(due.body.items.map((i: { policeCertificate: unknown }) => i.policeCertificate)).toEqual([{ state: 'reinspection_due', validUntil: addYears(in20, 3) }]);
  });
});
