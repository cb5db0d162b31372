import { expect, request, type Locator, type Page as BrowserPage } from '@playwright/test';
import type { CheckInCounts, HourEntryView, MailDetail, MailSummary, MunicipalityView, Page, RsvpView, VolunteerView } from '@miteinander/contracts';
import type { AdminApi } from './admin-api';
import { BASE_URL } from './environment';
import { isoInDays } from './grants';

/** The county's current calendar year (Europe/Berlin). */
export function thisYear(): number {
  return Number(isoInDays(0).slice(0, 4));
}

/** Nobody logs more than a whole day on one calendar day; 20 hours leaves room. */
const HOURS_PER_DAY = 20;

export interface SeededVolunteer {
  id: string;
  name: string;
  email: string;
}

/**
 * A volunteer in Grimma with an email address and `hours` approved hours this year, logged and approved by the admin
 * through the hours API (the hours UI has its own journey): up to 20 hours a day, on the last few days of this year.
 */
export async function volunteerWithHours(admin: AdminApi, person: { firstName: string; lastName: string; email: string }, hours: number): Promise<SeededVolunteer> {
  const [grimma] = (await admin.get<MunicipalityView[]>('/municipalities')).filter((m) => m.name === 'Grimma');
  const profile = await admin.send<VolunteerView>('POST', '/volunteers', { ...person, municipalityId: grimma!.id, languages: [{ code: 'de', level: 'native' }] });
  const ids: string[] = [];
  for (let day = 0, left = hours; left > 0; day++, left -= HOURS_PER_DAY) {
    const activityDate = isoInDays(-day);
    // Early in January there are not enough past days in this year for the larger totals.
    if (Number(activityDate.slice(0, 4)) !== thisYear()) throw new Error(`not enough days in ${thisYear()} for ${hours} hours`);
    const entry = await admin.send<HourEntryView>('POST', '/hours', {
      volunteerId: profile.id,
      activityDate,
      minutes: Math.min(left, HOURS_PER_DAY) * 60,
      activity: 'Lernbegleitung',
    });
    ids.push(entry.id);
  }
  await admin.send('POST', '/hours/decisions', { ids, decision: 'approve' });
  return { id: profile.id, name: `${person.firstName} ${person.lastName}`, email: person.email };
}

export interface InvitationMail {
  /** The no-login answer page, as the mail links it. */
  rsvpLink: string;
  token: string;
  /** As printed in the mail: XXXX-XXXX-XXXX. */
  admissionCode: string;
  /** The files sent with it (calendar file, QR image). */
  attachments: MailDetail['attachments'];
}

/** The newest invitation mail to `email` in the captured mail log (waits for it: sending is queued). */
export async function invitationMail(admin: AdminApi, email: string): Promise<InvitationMail> {
  let mail: MailDetail | undefined;
  await expect
    .poll(
      async () => {
        const list = await admin.get<Page<MailSummary>>(`/mail?q=${encodeURIComponent(email)}&template=event-invitation`);
        const newest = list.items.find((m) => m.to === email);
        mail = newest ? await admin.get<MailDetail>(`/mail/${newest.id}`) : undefined;
        return mail?.text ?? null;
      },
      { message: `invitation mail to ${email}`, timeout: 15_000 },
    )
    .not.toBeNull();
  const text = mail!.text!;
  const rsvpLink = /https?:\/\/\S+\/rsvp\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
  const admissionCode = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/.exec(text)?.[0];
  if (!rsvpLink || !admissionCode) throw new Error(`no RSVP link or admission code in the mail to ${email}:\n${text}`);
  return { rsvpLink, token: new URL(rsvpLink).searchParams.get('token')!, admissionCode, attachments: mail!.attachments };
}

/** Accepts an invitation the way the answer page does, without a browser (for people the test is not about). */
export async function acceptByToken(token: string): Promise<RsvpView> {
  const api = await request.newContext({ baseURL: BASE_URL });
  try {
    const response = await api.post('/api/v1/public/rsvp', { data: { token, answer: 'accept' } });
    if (!response.ok()) throw new Error(`RSVP failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as RsvpView;
  } finally {
    await api.dispose();
  }
}

/** The door counts as the server has them. */
export function checkInCounts(admin: AdminApi, eventId: string): Promise<CheckInCounts> {
  return admin.get<CheckInCounts>(`/events/${eventId}/check-in/counts`);
}

/** Picks `option` in `field`, a Material select (its options open in an overlay) or a native select. */
export async function choose(page: BrowserPage, field: Locator, option: string): Promise<void> {
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
    await field.selectOption({ label: option });
    return;
  }
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A volunteer in Grimma, with an email address, working for the given organisations (through the volunteers API). */
export async function volunteerAt(admin: AdminApi, person: { firstName: string; lastName: string; email: string }, organisationIds: string[]): Promise<SeededVolunteer> {
  const [grimma] = (await admin.get<MunicipalityView[]>('/municipalities')).filter((m) => m.name === 'Grimma');
  const profile = await admin.send<VolunteerView>('POST', '/volunteers', { ...person, municipalityId: grimma!.id, languages: [{ code: 'de', level: 'native' }] });
  await admin.send('PATCH', `/volunteers/${profile.id}`, { organisationIds });
  return { id: profile.id, name: `${person.firstName} ${person.lastName}`, email: person.email };
}

/** The no-login link in the newest "please nominate" mail to an organisation contact (waits for it: sending is queued). */
export async function nominationLink(admin: AdminApi, email: string): Promise<string> {
  let text: string | null = null;
  await expect
    .poll(
      async () => {
        const list = await admin.get<Page<MailSummary>>(`/mail?q=${encodeURIComponent(email)}&template=event-nomination-request`);
        const newest = list.items.find((m) => m.to === email);
        text = newest ? ((await admin.get<MailDetail>(`/mail/${newest.id}`)).text ?? null) : null;
        return text;
      },
      { message: `nomination request mail to ${email}`, timeout: 15_000 },
    )
    .not.toBeNull();
  const link = /https?:\/\/\S+\/nominate\?token=[A-Za-z0-9_-]+/.exec(text!)?.[0];
  if (!link) throw new Error(`no nomination link in the mail to ${email}:\n${text}`);
  return link;
}
