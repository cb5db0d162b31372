import fc from 'fast-check';
import { INVITATION_SOURCES } from '@miteinander/contracts';
import { mergeCandidates, type Candidate } from './merge';

const V1 = 'vol-1';
const C1 = 'con-1';

describe('mergeCandidates', () => {
  it('merges a volunteer who is also an organisation contact, with the address in another case', () => {
    const { invitees, withoutEmail } = mergeCandidates([
      { email: 'Anna.Schmidt@Verein.de ', name: 'A. Schmidt (Verein)', source: 'organisationContact', contactId: C1, locale: 'en' },
      { email: 'anna.schmidt@verein.de', name: 'Anna Schmidt', source: 'hours', volunteerId: V1, locale: 'de' },
    ]);
    expect(withoutEmail).toBe(0);
    expect(invitees).toEqual([
      {
        emailKey: 'anna.schmidt@verein.de',
        email: 'anna.schmidt@verein.de',
        name: 'Anna Schmidt',
        sources: ['hours', 'organisationContact'],
        volunteerId: V1,
        contactId: C1,
        locale: 'de',
      },
    ]);
  });

  it('unions the sources in the fixed order, each once', () => {
    const { invitees } = mergeCandidates([
      { email: 'b@x.de', name: 'B', source: 'manual' },
      { email: 'b@x.de', name: 'B', source: 'nominated', volunteerId: 'v' },
      { email: 'b@x.de', name: 'B', source: 'hours', volunteerId: 'v' },
      { email: 'B@X.DE', name: 'B', source: 'nominated', volunteerId: 'v' },
      { email: 'b@x.de', name: 'B', source: 'cardHolder', volunteerId: 'v' },
    ]);
    expect(invitees).toHaveLength(1);
    expect(invitees[0]!.sources).toEqual(['hours', 'cardHolder', 'nominated', 'manual']);
  });

  it('prefers the contact over others for name and locale when there is no volunteer', () => {
    const { invitees } = mergeCandidates([
      { email: 'c@x.de', name: 'Gast C', source: 'manual', locale: 'uk' },
      { email: 'c@x.de', name: 'Carla Contact', source: 'organisationContact', contactId: C1, locale: 'en' },
    ]);
    expect(invitees[0]).toMatchObject({ name: 'Carla Contact', locale: 'en', email: 'c@x.de', contactId: C1, volunteerId: null });
  });

  it('falls back to a lower-ranked name or locale when the preferred candidate has none, and to de', () => {
    const { invitees } = mergeCandidates([
      { email: 'd@x.de', name: 'Dora', source: 'manual', locale: 'en' },
      { email: 'd@x.de', name: ' ', source: 'hours', volunteerId: V1, locale: null },
      { email: 'e@x.de', name: 'Emil', source: 'manual' },
    ]);
    expect(invitees.find((i) => i.emailKey === 'd@x.de')).toMatchObject({ name: 'Dora', locale: 'en', volunteerId: V1 });
    expect(invitees.find((i) => i.emailKey === 'e@x.de')!.locale).toBe('de');
  });

  it('takes the first volunteer id and the first contact id given', () => {
    const { invitees } = mergeCandidates([
      { email: 'f@x.de', name: 'F', source: 'hours', volunteerId: null, contactId: null },
      { email: 'f@x.de', name: 'F', source: 'organisationContact', contactId: 'c-a' },
      { email: 'f@x.de', name: 'F', source: 'activeYears', volunteerId: 'v-a' },
      { email: 'f@x.de', name: 'F', source: 'organisationContact', contactId: 'c-b', volunteerId: 'v-b' },
    ]);
    expect(invitees[0]).toMatchObject({ volunteerId: 'v-a', contactId: 'c-a' });
  });

  it('keeps people without a usable address off the list and counts each of them once', () => {
    const { invitees, withoutEmail } = mergeCandidates([
      { email: null, name: 'Otto Ohnemail', source: 'hours', volunteerId: 'v-otto' },
      { email: null, name: 'Otto Ohnemail', source: 'activeYears', volunteerId: 'v-otto' },
      { email: '  ', name: 'Paula', source: 'cardHolder', volunteerId: 'v-paula' },
      { email: 'kein-at-zeichen', name: 'Quentin', source: 'nominated', volunteerId: 'v-q' },
      { email: null, name: 'Rita Kontakt', source: 'organisationContact', contactId: 'c-rita' },
      { email: null, name: 'Gast ohne Id', source: 'manual' },
      { email: null, name: 'gast ohne id ', source: 'manual' },
      { email: 'ok@x.de', name: 'Ok', source: 'manual' },
    ]);
    expect(invitees.map((i) => i.emailKey)).toEqual(['ok@x.de']);
    expect(withoutEmail).toBe(5);
  });

  it('does not count someone as without email who is invited under an address through another candidate', () => {
    const { invitees, withoutEmail } = mergeCandidates([
      { email: null, name: 'Sina', source: 'hours', volunteerId: 'v-sina' },
      { email: 'sina@x.de', name: 'Sina', source: 'nominated', volunteerId: 'v-sina' },
      { email: null, name: 'Tom', source: 'organisationContact', contactId: 'c-tom' },
      { email: 'tom@x.de', name: 'Tom', source: 'organisationContact', contactId: 'c-tom' },
    ]);
    expect(invitees).toHaveLength(2);
    expect(invitees.find((i) => i.volunteerId === 'v-sina')!.sources).toEqual(['nominated']);
    expect(withoutEmail).toBe(0);
  });

  it('sorts by name the German way (umlauts next to their base letter)', () => {
    const names = ['Zoe', 'Özlem', 'Anton', 'Ärne', 'Oliver', 'bernd'];
    const { invitees } = mergeCandidates(names.map((name, i) => ({ email: `p${i}@x.de`, name, source: 'manual' as const })));
    expect(invitees.map((i) => i.name)).toEqual(['Anton', 'Ärne', 'bernd', 'Oliver', 'Özlem', 'Zoe']);
  });

  it('gives an empty list for no candidates', () => {
    expect(mergeCandidates([])).toEqual({ invitees: [], withoutEmail: 0 });
  });

  const candidate: fc.Arbitrary<Candidate> = fc.record({
    email: fc.oneof(fc.constant(null), fc.constantFrom('a@x.de', 'A@X.de', ' a@x.de ', 'b@y.org', 'B@Y.ORG', 'c@z.com', 'broken', ''), fc.emailAddress()),
    name: fc.string({ maxLength: 12 }),
    source: fc.constantFrom(...INVITATION_SOURCES),
    volunteerId: fc.option(fc.constantFrom('v1', 'v2', 'v3'), { nil: null }),
    contactId: fc.option(fc.constantFrom('c1', 'c2'), { nil: null }),
    locale: fc.option(fc.constantFrom('de', 'en', ''), { nil: null }),
  });

  it('never yields two invitees with the same address, and keeps everyone who has one', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (cs) => {
        const { invitees } = mergeCandidates(cs);
        const keys = invitees.map((i) => i.emailKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const i of invitees) {
          expect(i.emailKey).toBe(i.email.trim().toLowerCase());
          expect(i.sources.length).toBeGreaterThan(0);
          expect(i.locale).not.toBe('');
        }
        const withAddress = cs.filter((c) => c.email !== null && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim()));
        expect(new Set(keys)).toEqual(new Set(withAddress.map((c) => c.email!.trim().toLowerCase())));
      }),
    );
  });

  it('returns the invitees sorted by name and counts at most the candidates without address', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (cs) => {
        const { invitees, withoutEmail } = mergeCandidates(cs);
        for (let i = 1; i < invitees.length; i++) expect(invitees[i - 1]!.name.localeCompare(invitees[i]!.name, 'de')).toBeLessThanOrEqual(0);
        expect(withoutEmail).toBeLessThanOrEqual(cs.length - invitees.length);
        expect(withoutEmail).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('finds the same people with the same sources whatever the order of the candidates', () => {
    const byKey = (r: ReturnType<typeof mergeCandidates>) => r.invitees.map((i) => [i.emailKey, i.sources] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 20 }), (cs) => {
        const forward = mergeCandidates(cs);
        const backward = mergeCandidates([...cs].reverse());
        expect(backward.withoutEmail).toBe(forward.withoutEmail);
        expect(byKey(backward)).toEqual(byKey(forward));
      }),
    );
  });
});
