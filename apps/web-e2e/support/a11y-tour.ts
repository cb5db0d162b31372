import { expect, type Page } from '@playwright/test';
import type { EventView, GrantApplicationView, MailSummary, MatchRoundView, OrganisationView, Page as ListPage, SponsorshipView, VolunteerView, CardApplicationView } from '@miteinander/contracts';
import { accountWithRoles } from './accounts';
import type { AdminApi } from './admin-api';
import { invitationMail } from './events';
import { isoInDays, openCall } from './grants';
import type { Person } from './people';
import { completeApplication, municipalityId, submittedApplication, UserApi } from './start-page';

/** Who looks at a page: a role that may see it, someone without a role, or nobody signed in. */
export type Viewer = 'admin' | 'coordinator' | 'volunteer' | 'applicant' | 'reviewer' | 'noRole' | 'signedOut';

/** What the tour created, so lists are not empty and detail pages show a real record. */
export interface TourData {
  people: Record<Exclude<Viewer, 'admin' | 'signedOut'>, Person>;
  volunteerId: string;
  organisationId: string;
  sponsorshipId: string;
  roundId: string;
  cardApplicationId: string;
  callId: string;
  applicationId: string;
  eventId: string;
  mailId: string;
  rsvpLink: string;
  mailPreferencesLink: string;
}

export interface TourStop {
  /** The route as declared in the route files (see route-tree.ts). */
  route: string;
  viewer: Viewer;
  url: (data: TourData) => string;
}

const stop = (route: string, viewer: Viewer, url?: string | ((d: TourData) => string)): TourStop => ({
  route,
  viewer,
  url: typeof url === 'function' ? url : () => url ?? `/${route}`,
});

/** Every page of the web app, each as a viewer allowed to see it, with seeded records for the detail pages. */
export const TOUR: TourStop[] = [
  stop('login', 'signedOut'),
  stop('register', 'signedOut'),
  stop('verify-email', 'signedOut', '/verify-email?token=not-a-real-token'),
  stop('forgot-password', 'signedOut'),
  stop('reset-password', 'signedOut', '/reset-password?token=not-a-real-token'),
  stop('mail-preferences', 'signedOut', (d) => d.mailPreferencesLink),
  stop('approve-hours', 'signedOut', '/approve-hours?token=not-a-real-token'),
  stop('card-confirm', 'signedOut', '/card-confirm?token=forged-token-0123456789'),
  stop('card-status', 'signedOut', '/card-status?token=forged-token-0123456789'),
  stop('card-verify', 'signedOut', '/card-verify?code=LL-2026-FORGED-0000'),
  stop('funded-projects', 'signedOut'),
  stop('accessibility', 'signedOut'),
  stop('leichte-sprache', 'signedOut'),
  stop('rsvp', 'signedOut', (d) => d.rsvpLink),
  stop('nominate', 'signedOut', '/nominate?token=not-a-real-token'),
  stop('**', 'signedOut', '/gibt-es-nicht'),

  stop('no-role', 'noRole'),

  stop('', 'coordinator', '/'),
  stop('volunteers', 'coordinator'),
  stop('volunteers/:id', 'coordinator', (d) => `/volunteers/${d.volunteerId}`),
  stop('organisations', 'coordinator'),
  stop('organisations/new', 'coordinator'),
  stop('organisations/:id', 'coordinator', (d) => `/organisations/${d.organisationId}`),
  stop('sponsorships', 'coordinator'),
  stop('sponsorships/new', 'coordinator'),
  stop('sponsorships/:id', 'coordinator', (d) => `/sponsorships/${d.sponsorshipId}`),
  stop('matching/requests/:id', 'coordinator', (d) => `/matching/requests/${d.sponsorshipId}`),
  stop('matching/weights', 'coordinator'),
  stop('matching/rounds', 'coordinator'),
  stop('matching/rounds/:id', 'coordinator', (d) => `/matching/rounds/${d.roundId}`),
  stop('hours/approvals', 'coordinator'),
  stop('hours/all', 'coordinator'),
  stop('cards/eligibility', 'coordinator'),
  stop('cards/applications', 'coordinator'),
  stop('cards/applications/:id', 'coordinator', (d) => `/cards/applications/${d.cardApplicationId}`),
  stop('grants', 'coordinator'),
  stop('grants/calls/new', 'coordinator'),
  stop('grants/calls/:id', 'coordinator', (d) => `/grants/calls/${d.callId}`),
  stop('grants/calls/:id/edit', 'coordinator', (d) => `/grants/calls/${d.callId}/edit`),
  stop('grants/applications/:id', 'coordinator', (d) => `/grants/applications/${d.applicationId}`),
  stop('events', 'coordinator'),
  stop('events/new', 'coordinator'),
  stop('events/:id', 'coordinator', (d) => `/events/${d.eventId}`),
  stop('events/:id/edit', 'coordinator', (d) => `/events/${d.eventId}/edit`),
  stop('events/:id/check-in', 'coordinator', (d) => `/events/${d.eventId}/check-in`),
  stop('reports', 'coordinator'),
  stop('privacy', 'coordinator'),

  stop('admin/users', 'admin'),
  stop('admin/audit', 'admin'),
  stop('admin/mail', 'admin'),
  stop('admin/mail/:id', 'admin', (d) => `/admin/mail/${d.mailId}`),
  stop('admin/templates', 'admin'),
  stop('admin/templates/:name/:locale', 'admin', '/admin/templates/event-invitation/de'),
  stop('cards/rule-sets', 'admin'),

  stop('hours', 'volunteer'),
  stop('my-sponsorships', 'volunteer'),
  stop('my-volunteering', 'volunteer'),
  stop('my-card', 'volunteer'),
  stop('profile', 'volunteer'),
  stop('my-data', 'volunteer'),

  stop('my-grants', 'applicant'),
  stop('my-grants/:id', 'applicant', (d) => `/my-grants/${d.applicationId}`),
  stop('my-grants/:id/report', 'applicant', (d) => `/my-grants/${d.applicationId}/report`),

  stop('reviews', 'reviewer'),
  stop('reviews/:applicationId', 'reviewer', (d) => `/reviews/${d.applicationId}`),
];

/**
 * Records for every list and detail page, through the API (each page's own journey tests its forms): a volunteer in an
 * organisation with submitted hours, a family request ready to match and a round for it, a card application, an open call
 * with a submitted application, an event with one invitation sent.
 */
export async function seedTour(page: Page, admin: AdminApi, tag: string): Promise<TourData> {
  const people = {
    coordinator: await accountWithRoles(page, admin, ['coordinator'], 'tour-coordinator', 'Kora Rundgang'),
    volunteer: await accountWithRoles(page, admin, ['volunteer'], 'tour-volunteer', 'Vera Rundgang'),
    applicant: await accountWithRoles(page, admin, ['applicant'], 'tour-applicant', 'Amal Rundgang'),
    reviewer: await accountWithRoles(page, admin, ['reviewer'], 'tour-reviewer', 'Rita Rundgang'),
    noRole: await accountWithRoles(page, admin, [], 'tour-norole', 'Nora Rundgang'),
  };
  const grimma = await municipalityId(admin, 'Grimma');
  const organisation = await admin.send<OrganisationView>('POST', '/organisations', {
    name: `Tafel Rundgang ${tag}`,
    kind: 'association',
    contacts: [{ name: `Olga Rundgang ${tag}`, email: `tour-contact-${tag}@e2e.example` }],
  });
  const volunteer = await admin.send<VolunteerView>('POST', '/volunteers', {
    firstName: 'Vera',
    lastName: `Rundgang ${tag}`,
    email: people.volunteer.email,
    municipalityId: grimma,
    languages: [{ code: 'de', level: 'native' }, { code: 'ar', level: 'B1' }],
  });
  await admin.send('PATCH', `/volunteers/${volunteer.id}`, { organisationIds: [organisation.id], capacity: 1, interests: ['family_sponsorship'] });
  await admin.send('POST', `/volunteers/${volunteer.id}/status`, { status: 'intake_done', reason: 'Erstgespräch' });
  await admin.send('POST', `/volunteers/${volunteer.id}/status`, { status: 'active', reason: 'Bereit' });
  await admin.send('POST', '/hours', { volunteerId: volunteer.id, activityDate: isoInDays(-1), minutes: 90, activity: 'Lernbegleitung', organisationId: organisation.id });

  const request = await admin.send<SponsorshipView>('POST', '/sponsorships', {
    kind: 'family',
    name: `Familie Rundgang ${tag}`,
    municipalityId: grimma,
    languages: [{ code: 'ar', level: 'native' }],
    germanLevel: 'A1',
    needs: 'Begleitung zu Ämtern',
    adults: 2,
    childrenAges: [],
  });
  await admin.send('POST', `/sponsorships/${request.id}/transitions`, { to: 'intake' });
  await admin.send('POST', `/sponsorships/${request.id}/transitions`, { to: 'ready_to_match' });
  const round = await admin.send<MatchRoundView>('POST', '/matching/rounds', { sponsorshipIds: [request.id] });
  const card = await admin.send<CardApplicationView>('POST', '/cards/applications', { volunteerId: volunteer.id });

  const call = await openCall(admin, `Mikroprojekte Rundgang ${tag}`);
  const applicant = await UserApi.signIn(people.applicant);
  const application: GrantApplicationView = await submittedApplication(applicant, call.id, completeApplication(`Sprachcafé Rundgang ${tag}`, grimma));
  await applicant.dispose();

  const event = await admin.send<EventView>('POST', '/events', {
    kind: 'thank_you_festival',
    title: `Dankeschön Rundgang ${tag}`,
    startsAt: `${isoInDays(14)}T17:00`,
    endsAt: `${isoInDays(14)}T19:00`,
    venueName: 'Rathaus Grimma',
    venueAddress: 'Markt 16, 04668 Grimma',
    accessibility: 'Stufenloser Zugang, Aufzug.',
    capacity: 40,
    rsvpDeadline: isoInDays(7),
    plusOnesAllowed: true,
    descriptionDe: 'Wir danken allen Engagierten.',
    descriptionEn: 'We thank all volunteers.',
  });
  await admin.send('POST', `/events/${event.id}/invitations`, { volunteerId: volunteer.id });
  await admin.send('POST', `/events/${event.id}/send-invitations`, {});
  const invitation = await invitationMail(admin, people.volunteer.email);
  const mails = await admin.get<ListPage<MailSummary>>(`/mail?q=${encodeURIComponent(people.volunteer.email)}`);
  const mailPreferencesLink = await admin.linkFromMail(people.volunteer.email, '/mail-preferences');

  return {
    people,
    volunteerId: volunteer.id,
    organisationId: organisation.id,
    sponsorshipId: request.id,
    roundId: round.id,
    cardApplicationId: card.id,
    callId: call.id,
    applicationId: application.id,
    eventId: event.id,
    mailId: mails.items[0]!.id,
    rsvpLink: invitation.rsvpLink,
    mailPreferencesLink,
  };
}

/** Opens `url` and waits until the page has its heading and nothing is loading any more. */
export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('h1').first(), `a page heading on ${url}`).toBeVisible();
  // Only spinning indicators mean "still loading" (a determinate bar may show progress towards something).
  await expect(page.locator('mat-progress-bar[mode=indeterminate], mat-spinner, mat-progress-spinner[mode=indeterminate]'), `loading finished on ${url}`).toHaveCount(0);
}
