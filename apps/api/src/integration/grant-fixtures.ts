import type { GrantApplicationData, GrantApplicationStatus, GrantCallInput } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { loadMunicipalities } from '@miteinander/server-people';
import type { TestApp } from '../test-support/test-app';
import { createUser, signIn, type SignedIn } from '../test-support/people';
import { today } from './hours-fixtures';
import { municipalityId } from './sponsorship-fixtures';

/** The grants API as one signed-in person sees it (cookies, CSRF header, language). */
export function grantsApi(who: SignedIn, lang = 'de') {
  const withHeaders = <T extends { set: (k: string, v: string) => T }>(req: T) => req.set('x-xsrf-token', who.csrf).set('accept-language', lang);
  return {
    get: (path: string) => who.agent.get(`/api/v1${path}`).set('accept-language', lang),
    post: (path: string, body: unknown = {}) => withHeaders(who.agent.post(`/api/v1${path}`)).send(body as object),
    patch: (path: string, body: unknown = {}) => withHeaders(who.agent.patch(`/api/v1${path}`)).send(body as object),
    put: (path: string, body: unknown = {}) => withHeaders(who.agent.put(`/api/v1${path}`)).send(body as object),
    delete: (path: string) => withHeaders(who.agent.delete(`/api/v1${path}`)),
    upload: (path: string, file: Buffer, fileName: string) => withHeaders(who.agent.post(`/api/v1${path}`)).attach('file', file, fileName),
  };
}

/** A signed-in account with the given role (applicant, reviewer, coordinator …). */
export async function person(t: TestApp, email: string, roles: Parameters<typeof createUser>[2]): Promise<SignedIn> {
  await createUser(t, email, roles);
  return signIn(t, email);
}

/** The call's settings as a coordinator would open it this year: 20,000 € budget, deadline in 60 days. */
export function callInput(overrides: Partial<GrantCallInput> = {}): GrantCallInput {
  const year = Number(today().slice(0, 4));
  return {
    year,
    title: `Mikroprojekte ${year}`,
    totalBudgetCents: 2_000_000,
    maxPerProjectCents: 500_000,
    maxPerLanguageCourseCents: 100_000,
    deadline: addDays(today(), 60),
    minLeadDays: 14,
    fieldsOfAction: ['language', 'education', 'work', 'cohesion'],
    projectAreas: [
      { code: 'sprachkurs', label: 'Sprachkurs', fieldOfAction: 'language', languageCourse: true },
      { code: 'sprachmittlung', label: 'Sprachmittlung', fieldOfAction: 'language', languageCourse: false },
      { code: 'begegnung', label: 'Begegnungsprojekt', fieldOfAction: 'cohesion', languageCourse: false },
      { code: 'ausflug', label: 'Ausflug', fieldOfAction: 'cohesion', languageCourse: false },
    ],
    criteria: [
      { code: 'bedarf', label: 'Bedarf', weight: 40 },
      { code: 'wirkung', label: 'Wirkung', weight: 40 },
      { code: 'beteiligung', label: 'Beteiligung Geflüchteter', weight: 20 },
    ],
    reportMonths: 6,
    ...overrides,
  };
}

/** A call straight in the database, open unless told otherwise. */
export async function insertCall(t: TestApp, overrides: Partial<GrantCallInput> & { status?: string; pauseReason?: string; approvedCents?: number } = {}): Promise<string> {
  const c = callInput(overrides);
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO grant_calls (year, title, total_budget_cents, approved_cents, max_per_project_cents, max_per_language_course_cents, deadline, min_lead_days,
                              fields_of_action, project_areas, criteria, report_months, status, pause_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12, $13, $14) RETURNING id`,
    [c.year, c.title, c.totalBudgetCents, overrides.approvedCents ?? 0, c.maxPerProjectCents, c.maxPerLanguageCourseCents, c.deadline, c.minLeadDays,
      JSON.stringify(c.fieldsOfAction), JSON.stringify(c.projectAreas), JSON.stringify(c.criteria), c.reportMonths, overrides.status ?? 'open', overrides.pauseReason ?? null],
  );
  return rows[0]!.id;
}

/** A complete, valid encounter project asking 1,500 € of 2,000 € costs (300 € own contribution, 200 € other funding). */
export async function validData(t: TestApp, overrides: Partial<GrantApplicationData> = {}): Promise<GrantApplicationData> {
  await loadMunicipalities(t.dataSource);
  return {
    applicantType: 'initiative',
    organisationName: 'Willkommensinitiative Grimma',
    cooperatingOrganisation: 'Diakonie Leipziger Land',
    title: 'Nachbarschaftsfest am Muldeufer',
    goals: 'Geflüchtete und Alteingesessene lernen sich beim gemeinsamen Kochen kennen.',
    targetGroup: 'Familien aus der Gemeinschaftsunterkunft und Nachbarn',
    fieldOfAction: 'cohesion',
    projectArea: 'begegnung',
    municipalityId: await municipalityId(t, 'Grimma'),
    startDate: addDays(today(), 30),
    endDate: addDays(today(), 90),
    plannedRefugees: 40,
    plannedLocals: 30,
    costLines: [
      { id: 'miete', category: 'rent', description: 'Saalmiete', amountCents: 50_000 },
      { id: 'essen', category: 'catering', description: 'Lebensmittel', amountCents: 120_000 },
      { id: 'flyer', category: 'publicity', description: 'Flyer in 4 Sprachen', amountCents: 30_000 },
    ],
    ownContributionCents: 30_000,
    otherFundingCents: 20_000,
    otherFundingSource: 'Spende Bürgerstiftung',
    requestedCents: 150_000,
    accountHolder: 'Willkommensinitiative Grimma e. V.',
    iban: 'DE89370400440532013000',
    publicConsent: true,
    shortDescription: 'Ein Fest mit Essen aus vielen Ländern.',
    ...overrides,
  };
}

/**
 * An application straight in the database in any state, for tests that start mid-way (review, decision,
 * payment, report). Submitted states get version 1 and a reference.
 */
export async function insertApplication(
  t: TestApp,
  a: { callId: string; applicantId: string; status: GrantApplicationStatus; data: GrantApplicationData; approvedCents?: number; reportDue?: string; reference?: string },
): Promise<string> {
  const submitted = a.status !== 'draft';
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO grant_applications (call_id, applicant_id, reference, status, version, data, requested_cents, submitted_at, approved_cents, decided_at, report_due)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11) RETURNING id`,
    [a.callId, a.applicantId, submitted ? (a.reference ?? `MP-T-${Math.random().toString(36).slice(2, 10)}`) : null, a.status, submitted ? 1 : 0, JSON.stringify(a.data),
      a.data.requestedCents ?? null, submitted ? new Date() : null, a.approvedCents ?? null, a.approvedCents ? new Date() : null, a.reportDue ?? null],
  );
  if (submitted) await t.dataSource.query(`INSERT INTO grant_application_versions (application_id, version, data) VALUES ($1, 1, $2::jsonb)`, [rows[0]!.id, JSON.stringify(a.data)]);
  return rows[0]!.id;
}
