import { seedCardRuleSets } from '@miteinander/server-cards';
import { loadMunicipalities } from '@miteinander/server-people';
import type { TestApp } from '../test-support/test-app';
import type { SignedIn } from '../test-support/people';
import { addVolunteer, insertEntry, today, type TestVolunteer } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';

/** Each test file truncates every table, the rule sets loaded at start-up too: put version 1 of each back. */
export async function seedCardRules(t: TestApp): Promise<void> {
  await loadMunicipalities(t.dataSource);
  await seedCardRuleSets(t.dataSource);
}

export const thisYear = (): number => Number(today().slice(0, 4));

/**
 * A volunteer living in Grimma, active for two years, with `minutesLastYear` approved minutes last year at
 * the given organisation (the county's rule: 200 h in a calendar year and 12 months active).
 */
export async function cardVolunteer(
  t: TestApp,
  v: { firstName: string; lastName: string; email: string; minutesLastYear: number; organisationId?: string | null; account?: boolean; municipality?: string },
): Promise<TestVolunteer> {
  const volunteer = await addVolunteer(t, { firstName: v.firstName, lastName: v.lastName, email: v.email, account: v.account, municipalityId: await municipalityId(t, v.municipality ?? 'Grimma') });
  const last = thisYear() - 1;
  await insertEntry(t, { volunteerId: volunteer.id, date: `${last - 1}-11-15`, minutes: 120, status: 'approved', organisationId: v.organisationId ?? null });
  if (v.minutesLastYear > 0) await insertEntry(t, { volunteerId: volunteer.id, date: `${last}-06-15`, minutes: v.minutesLastYear, status: 'approved', organisationId: v.organisationId ?? null });
  return volunteer;
}

export function cards(who: SignedIn, lang = 'de') {
  const post = (path: string, body: unknown = {}) => who.agent.post(`/api/v1${path}`).set('x-xsrf-token', who.csrf).set('accept-language', lang).send(body as object);
  const get = (path: string) => who.agent.get(`/api/v1${path}`).set('accept-language', lang);
  return { post, get };
}
