import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { CoordinatorToday, GrantApplicationData, GrantApplicationView, MunicipalityView, WorkKind } from '@miteinander/contracts';
import type { AdminApi } from './admin-api';
import { BASE_URL } from './environment';
import { isoInDays } from './grants';
import type { Person } from './people';

/** The start page's card headings, as the German UI names the queues. */
export const QUEUE_NAMES: Record<WorkKind, string> = {
  overdueCheckIns: 'Überfällige Gespräche (Patenschaften)',
  waitingRequests: 'Wartende Anfragen',
  hoursToApprove: 'Stunden zur Freigabe',
  cardApplications: 'Ehrenamtskarte: Anträge',
  grantPrecheck: 'Mikroprojekte: Vorprüfung',
  grantReportsOverdue: 'Verwendungsnachweise überfällig',
  upcomingEvents: 'Nächste Veranstaltungen',
  failedMails: 'Fehlgeschlagene E-Mails',
};

/** The start page shows at most this many items per queue. */
export const ITEMS_SHOWN = 5;

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The heading of a queue's card: its name, then its count. */
export function queueHeading(page: Page, kind: WorkKind): Locator {
  return page.getByRole('heading', { level: 2, name: new RegExp(`^${escapeRegExp(QUEUE_NAMES[kind])}\\s*\\d+$`) });
}

/** A queue's card on the start page, found by its heading. */
export function queueCard(page: Page, kind: WorkKind): Locator {
  return page.locator('mat-card').filter({ has: queueHeading(page, kind) });
}

/** The card's heading ends in `count`. */
export async function expectQueueCount(page: Page, kind: WorkKind, count: number): Promise<void> {
  await expect(queueHeading(page, kind)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(QUEUE_NAMES[kind])}\\s*${count}$`));
}

/** The link to an item in a queue's card, by (part of) its title. */
export function itemLink(page: Page, kind: WorkKind, title: string): Locator {
  return queueCard(page, kind).getByRole('link', { name: new RegExp(escapeRegExp(title)) });
}

/** How many items each queue holds now, as the dashboard API counts them for `api`'s user. */
export async function queueCounts(api: { get<T>(path: string): Promise<T> }): Promise<Record<WorkKind, number>> {
  const today = await api.get<CoordinatorToday>('/dashboard/today');
  return Object.fromEntries(today.queues.map((q) => [q.kind, q.count])) as Record<WorkKind, number>;
}

/**
 * A signed-in person's API session (cookie and CSRF token), for preparing data as that person, e.g. an applicant
 * submitting an application or a coordinator recording requests that are then theirs.
 */
export class UserApi {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async signIn(person: Pick<Person, 'email' | 'password'>): Promise<UserApi> {
    const api = await request.newContext({ baseURL: BASE_URL });
    const response = await api.post('/api/v1/auth/login', { data: { email: person.email, password: person.password } });
    if (!response.ok()) throw new Error(`sign-in of ${person.email} failed: ${response.status()}`);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new UserApi(api, csrfToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.api.get(`/api/v1${path}`);
    if (!response.ok()) throw new Error(`GET ${path} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, data: unknown = {}): Promise<T> {
    const response = await this.api.fetch(`/api/v1${path}`, { method, data, headers: { 'X-XSRF-TOKEN': this.csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }
}

/** The id of a municipality of the county by name (GET /municipalities). */
export async function municipalityId(admin: AdminApi, name: string): Promise<number> {
  const found = (await admin.get<MunicipalityView[]>('/municipalities')).find((m) => m.name === name);
  if (!found) throw new Error(`no municipality ${name}`);
  return found.id;
}

/**
 * A complete encounter project for a call made by `openCall` (support/grants.ts): 2,000 € of costs, 1,500 € asked for,
 * starting in 30 days (the call wants 14 days' lead time).
 */
export function completeApplication(title: string, municipality: number): GrantApplicationData {
  return {
    applicantType: 'initiative',
    organisationName: 'Willkommensinitiative Grimma',
    cooperatingOrganisation: 'Diakonie Leipziger Land',
    contactPhone: '0176 5550101',
    title,
    goals: 'Geflüchtete und Alteingesessene lernen sich beim gemeinsamen Kochen kennen.',
    targetGroup: 'Familien aus der Gemeinschaftsunterkunft und Nachbarn',
    fieldOfAction: 'cohesion',
    projectArea: 'begegnung',
    municipalityId: municipality,
    startDate: isoInDays(30),
    endDate: isoInDays(90),
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
  };
}

/** The applicant drafts and submits a complete application to the call (the form has its own journey). */
export async function submittedApplication(applicant: UserApi, callId: string, data: GrantApplicationData): Promise<GrantApplicationView> {
  const draft = await applicant.send<GrantApplicationView>('POST', '/grants/applications', { callId });
  await applicant.send('PATCH', `/grants/applications/${draft.id}`, { data });
  return applicant.send<GrantApplicationView>('POST', `/grants/applications/${draft.id}/submit`);
}
