import { addDays, todayIn } from '@miteinander/domain-hours';
import type { Role } from '@miteinander/contracts';
import type { TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';

/** Today's date in Berlin, and days relative to it: the rules use the real clock. */
export const today = (): string => todayIn(new Date(), 'Europe/Berlin');
export const daysAgo = (n: number): string => addDays(today(), -n);

/** Plain SQL on purpose: the people area's code is not what these tests are about. */
export async function addOrganisation(t: TestApp, name: string, contacts: { name: string; email: string }[] = []): Promise<{ id: string; contactIds: string[] }> {
  const [{ id }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ($1, 'association') RETURNING id`, [name]);
  const contactIds: string[] = [];
  for (const c of contacts) {
    const [row] = await t.dataSource.query(`INSERT INTO organisation_contacts (organisation_id, name, email) VALUES ($1, $2, $3) RETURNING id`, [id, c.name, c.email]);
    contactIds.push(row.id);
  }
  return { id, contactIds };
}

export interface TestVolunteer {
  id: string;
  signedIn: SignedIn | null;
}

/** A volunteer profile, optionally with an account (signed in) and linked organisations. */
export async function addVolunteer(
  t: TestApp,
  v: { firstName: string; lastName: string; email: string; account?: boolean; organisations?: string[]; municipalityId?: number; roles?: Role[] },
): Promise<TestVolunteer> {
  const user = v.account === false ? null : await createUser(t, v.email, v.roles ?? ['volunteer']);
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO volunteers (first_name, last_name, email, user_id, status, municipality_id) VALUES ($1, $2, $3, $4, 'active', $5) RETURNING id`,
    [v.firstName, v.lastName, v.email, user?.id ?? null, v.municipalityId ?? null],
  );
  for (const o of v.organisations ?? []) await t.dataSource.query(`INSERT INTO volunteer_organisations (volunteer_id, organisation_id) VALUES ($1, $2)`, [id, o]);
  return { id, signedIn: user ? await signIn(t, v.email) : null };
}

export async function staff(t: TestApp, email: string, roles: Role[] = ['coordinator']): Promise<SignedIn> {
  await createUser(t, email, roles);
  return signIn(t, email);
}

export async function entryCount(t: TestApp, volunteerId?: string): Promise<number> {
  const [{ n }] = volunteerId
    ? await t.dataSource.query(`SELECT count(*)::int AS n FROM hour_entries WHERE volunteer_id = $1`, [volunteerId])
    : await t.dataSource.query(`SELECT count(*)::int AS n FROM hour_entries`);
  return n;
}

/** An entry straight in the table, for the figures and lists (logging itself is tested through the API). */
export async function insertEntry(
  t: TestApp,
  e: { volunteerId: string; date: string; minutes: number; status?: string; organisationId?: string | null; activity?: string },
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO hour_entries (volunteer_id, organisation_id, activity_date, minutes, activity, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [e.volunteerId, e.organisationId ?? null, e.date, e.minutes, e.activity ?? 'Begleitung', e.status ?? 'submitted'],
  );
  return id;
}

/** Field → message of a 400 body. */
export function fieldErrors(body: { errors?: { field: string; message: string }[] }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
}
