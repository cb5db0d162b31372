import { loadMunicipalities } from '@miteinander/server-people';
import { createTestApp, type TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { staff } from './hours-fixtures';
import { matching, matchVolunteer, readyRequest } from './matching-fixtures';
import { api, familyRequest, fieldErrors } from './sponsorship-fixtures';

type Proposal = { sponsorship: { id: string }; volunteer: { id: string }; score: number; locked: boolean; acceptedAt: string | null };
const pairs = (proposals: Proposal[]) => Object.fromEntries(proposals.map((p) => [p.sponsorship.id, p.volunteer.id]));

describe('a matching round: the best total over many requests, accepted through the lifecycle', () => {
  let t: TestApp;
  let coord: SignedIn;
  let m: ReturnType<typeof matching>;
  const r: Record<string, string> = {};
  const v: Record<string, string> = {};

  /** Each request's score for each volunteer, as the suggestions show it. */
  async function scoreTable(requests: string[]): Promise<Record<string, Record<string, number>>> {
    const table: Record<string, Record<string, number>> = {};
    for (const id of requests) {
      const res = await m.suggestions(id, '?limit=50');
      table[id] = Object.fromEntries(res.body.candidates.map((c: { volunteer: { id: string }; score: number }) => [c.volunteer.id, c.score]));
    }
    return table;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await loadMunicipalities(t.dataSource);
    coord = await staff(t, 'koordination@example.org');
    m = matching(coord);
    r['grimma'] = await readyRequest(t, coord, { name: 'Familie Haddad' }, 'Grimma');
    r['wurzen'] = await readyRequest(t, coord, { name: 'Familie Darwish' }, 'Wurzen');
    r['tigrinya'] = await readyRequest(t, coord, { name: 'Familie Kidane', languages: [{ code: 'ti', level: 'native' }], germanLevel: 'none' }, 'Grimma');
    // Greedy would give Grimma's best volunteer to whoever comes first; the optimum sends each to their own town.
    v['grimma'] = await matchVolunteer(t, { name: 'Greta', municipality: 'Grimma' });
    v['wurzen'] = await matchVolunteer(t, { name: 'Wanda', municipality: 'Wurzen', availability: ['tue-evening'] });
  });
  afterAll(() => t.close());

  it('proposes the assignment with the largest total and lists the request nobody can take with the reason', async () => {
    const res = await m.round({});
    expect(res.status).toBe(201);
    expect(pairs(res.body.proposals)).toEqual({ [r['grimma']!]: v['grimma'], [r['wurzen']!]: v['wurzen'] });
    const scores = await scoreTable([r['grimma']!, r['wurzen']!]);
    const best = Math.max(scores[r['grimma']!]![v['grimma']!]! + scores[r['wurzen']!]![v['wurzen']!]!, scores[r['grimma']!]![v['wurzen']!]! + scores[r['wurzen']!]![v['grimma']!]!);
    expect(res.body.totalScore).toBe(best);
    expect(res.body.unserved).toEqual([{ sponsorship: expect.objectContaining({ id: r['tigrinya'], name: 'Familie Kidane' }), reason: 'noCandidate', excludedCounts: { noSharedLanguage: 2 } }]);
    expect((await m.getRound(res.body.id)).body).toEqual(res.body);
  });

  it('a volunteer with two free places takes two requests; a request that loses out is listed as taken', async () => {
    await t.dataSource.query(`UPDATE volunteers SET status = 'paused' WHERE id = $1`, [v['wurzen']]);
    const one = await m.round({ sponsorshipIds: [r['grimma'], r['wurzen']] });
    expect(one.body.proposals).toHaveLength(1);
    expect(one.body.unserved).toEqual([expect.objectContaining({ reason: 'taken', excludedCounts: { notActive: 1 } })]);
    await t.dataSource.query(`UPDATE volunteers SET capacity = 2 WHERE id = $1`, [v['grimma']]);
    const two = await m.round({ sponsorshipIds: [r['grimma'], r['wurzen']] });
    expect(pairs(two.body.proposals)).toEqual({ [r['grimma']!]: v['grimma'], [r['wurzen']!]: v['grimma'] });
    await t.dataSource.query(`UPDATE volunteers SET status = 'active', capacity = 1 WHERE id IN ($1, $2)`, [v['grimma'], v['wurzen']]);
  });

  it('re-runs with a pair locked or left out, and refuses a lock that breaks a hard constraint, naming it', async () => {
    const locked = await m.round({ sponsorshipIds: [r['grimma'], r['wurzen']], locks: [{ sponsorshipId: r['grimma'], volunteerId: v['wurzen'] }] });
    expect(pairs(locked.body.proposals)).toEqual({ [r['grimma']!]: v['wurzen'], [r['wurzen']!]: v['grimma'] });
    expect(locked.body.proposals.find((p: Proposal) => p.sponsorship.id === r['grimma']).locked).toBe(true);
    const left = await m.round({ sponsorshipIds: [r['grimma'], r['wurzen']], excludedPairs: [{ sponsorshipId: r['grimma'], volunteerId: v['grimma'] }] });
    expect(pairs(left.body.proposals)[r['grimma']!]).toBe(v['wurzen']);

    const rounds = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM match_rounds`))[0].n;
    const before = await rounds();
    const bad = await m.round({ locks: [{ sponsorshipId: r['tigrinya'], volunteerId: v['grimma'] }] });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body)).toEqual({ 'locks.0': 'Festgelegtes Paar: Keine gemeinsame Sprache und keine Dolmetschung.' });
    const english = await matching(coord, 'en').round({ locks: [{ sponsorshipId: r['grimma'], volunteerId: v['grimma'] }, { sponsorshipId: r['wurzen'], volunteerId: v['grimma'] }] });
    expect(fieldErrors(english.body)).toEqual({ 'locks.1': 'Locked pair: More pairs are locked for this volunteer than they have free places.' });
    expect(await rounds()).toBe(before);
  });

  it('refuses a round without requests, and requests that are not ready to match, naming them', async () => {
    const none = await m.round({ kind: 'learning' });
    expect(fieldErrors(none.body)).toEqual({ sponsorshipIds: 'Anfragen: Es gibt keine Anfrage, die bereit zur Vermittlung ist und zur Auswahl passt.' });
    const inquiry = (await api(coord).create(await familyRequest(t, { name: 'Familie Neu' }))).body.id;
    const res = await m.round({ sponsorshipIds: [r['grimma'], '00000000-0000-4000-8000-000000000000', inquiry] });
    expect(fieldErrors(res.body)).toEqual({
      'sponsorshipIds.1': 'Anfragen: Diese Anfrage gibt es nicht.',
      'sponsorshipIds.2': 'Anfragen: Diese Anfrage ist nicht bereit zur Vermittlung.',
    });
    expect((await m.round({ sponsorshipIds: ['keine-id'] })).status).toBe(400);
    expect((await m.round({ locks: [{ sponsorshipId: r['grimma'] }] })).status).toBe(400);
  });

  it('accepts the chosen proposals (each becomes match_proposed), twice is harmless, a place taken meanwhile is reported', async () => {
    const round = (await m.round({})).body;
    const accepted = await m.accept(round.id, [r['grimma']!]);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ accepted: [r['grimma']], failed: [] });
    const sponsorship = (await api(coord).get(`/${r['grimma']}`)).body;
    expect(sponsorship).toMatchObject({ state: 'match_proposed', volunteer: { id: v['grimma'] } });
    const again = await m.accept(round.id, [r['grimma']!]);
    expect(again.body).toEqual({ accepted: [r['grimma']], failed: [] });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM sponsorship_transitions WHERE sponsorship_id = $1 AND to_state = 'match_proposed'`, [r['grimma']]);
    expect(n).toBe(1);
    expect((await m.getRound(round.id)).body.proposals.find((p: Proposal) => p.sponsorship.id === r['grimma']).acceptedAt).toEqual(expect.any(String));

    // Wanda is proposed elsewhere by hand before the round's proposal for Wurzen is accepted: her only place is gone.
    const other = await readyRequest(t, coord, { name: 'Familie Saleh' }, 'Wurzen');
    expect((await api(coord).move(other, { to: 'match_proposed', volunteerId: v['wurzen'] })).status).toBe(200);
    const late = await m.accept(round.id, [r['wurzen']!, r['tigrinya']!]);
    expect(late.body.accepted).toEqual([]);
    expect(late.body.failed).toEqual([
      { sponsorshipId: r['wurzen'], message: expect.stringContaining('so viele Patenschaften') },
      { sponsorshipId: r['tigrinya'], message: 'Für diese Anfrage gibt es in dieser Runde keinen Vorschlag.' },
    ]);
    expect((await api(coord).get(`/${r['wurzen']}`)).body.state).toBe('ready_to_match');
  });
});
