import { expect, test } from '@playwright/test';
import type { EventView, GrantApplicationView, HourEntryView, InvitationPage, OrganisationView, Page as ListPage } from '@miteinander/contracts';
import { accountWithRoles } from '../support/accounts';
import { AdminApi } from '../support/admin-api';
import { invitationMail, volunteerAt } from '../support/events';
import { isoInDays, openCall } from '../support/grants';
import { expectFocusVisible, moveFocusTo, press, signInByKeyboard, type } from '../support/keyboard-only';
import { uniqueTag } from '../support/people';
import { completeApplication, municipalityId, UserApi } from '../support/start-page';

// No mouse in this file: every step is a key press, and after each one a visible element holds the focus.

let admin: AdminApi;
test.beforeAll(async () => {
  admin = await AdminApi.signIn();
});
test.afterAll(async () => {
  await admin.dispose();
});

test('a volunteer logs two hours of tutoring with the keyboard alone', async ({ page }) => {
  const tag = uniqueTag();
  const volunteer = await accountWithRoles(page, admin, ['volunteer'], 'kbd-volunteer', 'Tara Tastatur');
  const organisation = await admin.send<OrganisationView>('POST', '/organisations', { name: `Tafel Tastatur ${tag}`, kind: 'association', contacts: [] });
  await volunteerAt(admin, { firstName: 'Tara', lastName: `Tastatur ${tag}`, email: volunteer.email }, [organisation.id]);
  await page.context().clearCookies();

  await signInByKeyboard(page, volunteer);
  await page.goto('/hours');
  await expect(page.getByRole('heading', { name: 'Meine Stunden', exact: true })).toBeVisible();
  // Today is preset and the only organisation preselected: a duration, an activity, submit.
  await expect(page.getByRole('combobox', { name: 'Einsatzstelle' })).toContainText(organisation.name);
  const twoHours = page.getByRole('button', { name: '2 Std.', exact: true });
  await moveFocusTo(page, twoHours);
  await press(page, 'Enter');
  await expect(twoHours).toHaveAttribute('aria-pressed', 'true');
  // The activities are one listbox: Tab reaches it, the arrow keys move inside, Space picks.
  const activities = page.getByRole('listbox', { name: 'Tätigkeit' });
  await moveFocusTo(page, activities);
  const tutoring = activities.getByRole('option', { name: 'Lernbegleitung', exact: true });
  await moveFocusTo(page, tutoring, 'ArrowRight', 12);
  await press(page, 'Space');
  await expect(tutoring).toHaveAttribute('aria-selected', 'true');
  await moveFocusTo(page, page.getByRole('button', { name: 'Stunden eintragen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^2:00 Std\. am .* eingetragen\./)).toBeVisible();
  await expectFocusVisible(page, 'submitting the entry');

  const api = await UserApi.signIn(volunteer);
  const mine = await api.get<ListPage<HourEntryView>>('/hours/mine');
  await api.dispose();
  expect(mine.items.map((e) => ({ minutes: e.minutes, activity: e.activity, organisationId: e.organisationId, activityDate: e.activityDate, status: e.status }))).toEqual([
    { minutes: 120, activity: 'learning_support', organisationId: organisation.id, activityDate: isoInDays(0), status: 'submitted' },
  ]);
});

test('an applicant completes and submits a micro-project application with the keyboard alone', async ({ page }) => {
  const tag = uniqueTag();
  const title = `Nähcafé Tastatur ${tag}`;
  const call = await openCall(admin, `Mikroprojekte Tastatur ${tag}`);
  const applicant = await accountWithRoles(page, admin, ['applicant'], 'kbd-applicant', 'Anton Tastatur');
  // The draft holds everything but the consent and the public summary (the form's steps have their own journey).
  const api = await UserApi.signIn(applicant);
  const draft = await api.send<GrantApplicationView>('POST', '/grants/applications', { callId: call.id });
  await api.send('PATCH', `/grants/applications/${draft.id}`, {
    data: { ...completeApplication(title, await municipalityId(admin, 'Grimma')), publicConsent: false, shortDescription: '' },
  });
  await page.context().clearCookies();

  await signInByKeyboard(page, applicant);
  await page.goto('/my-grants');
  await expect(page.getByRole('heading', { name: 'Meine Mikroprojekte', level: 1 })).toBeVisible();
  await moveFocusTo(page, page.getByRole('link', { name: new RegExp(title) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expectFocusVisible(page, 'opening the application');

  // The steps are tabs: Tab reaches the current one, the arrow keys the others, Enter opens one.
  await moveFocusTo(page, page.getByRole('tab', { selected: true }));
  const reviewStep = page.getByRole('tab', { name: /Prüfen und einreichen/ });
  await moveFocusTo(page, reviewStep, 'ArrowRight', 8);
  await press(page, 'Enter');
  await expect(reviewStep).toHaveAttribute('aria-selected', 'true');
  const review = page.getByRole('tabpanel', { name: /Prüfen und einreichen/ });
  const consent = review.getByRole('checkbox', { name: /^Ich bin einverstanden/ });
  await moveFocusTo(page, consent);
  await press(page, 'Space');
  await expect(consent).toBeChecked();
  const summary = 'Ein Nähcafé, in dem Nachbarinnen und Geflüchtete zusammen nähen.';
  await moveFocusTo(page, review.getByLabel('Kurzbeschreibung für die Öffentlichkeit'));
  await type(page, summary);
  await moveFocusTo(page, review.getByRole('button', { name: 'Einreichen', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Ihr Antrag ist eingereicht\. Aktenzeichen: MP-\d{4}-\d+$/)).toBeVisible();
  await expectFocusVisible(page, 'submitting');

  const stored = await api.get<GrantApplicationView>(`/grants/applications/${draft.id}`);
  await api.dispose();
  expect({ status: stored.status, publicConsent: stored.data.publicConsent, shortDescription: stored.data.shortDescription }).toEqual({
    status: 'submitted',
    publicConsent: true,
    shortDescription: summary,
  });
});

test('an invitee answers the emailed RSVP link with the keyboard alone', async ({ page }) => {
  const tag = uniqueTag();
  const email = `kbd-guest-${tag}@e2e.example`;
  const event = await admin.send<EventView>('POST', '/events', {
    kind: 'thank_you_festival',
    title: `Dankeschön Tastatur ${tag}`,
    startsAt: `${isoInDays(12)}T18:00`,
    endsAt: `${isoInDays(12)}T21:00`,
    venueName: 'Rathaus Grimma',
    venueAddress: 'Markt 16, 04668 Grimma',
    accessibility: 'Stufenloser Zugang, Aufzug.',
    capacity: 30,
    rsvpDeadline: isoInDays(6),
    plusOnesAllowed: true,
    descriptionDe: 'Wir danken allen Engagierten.',
    descriptionEn: 'We thank all volunteers.',
  });
  await admin.send('POST', `/events/${event.id}/invitations`, { name: `Gerd Gast ${tag}`, email });
  await admin.send('POST', `/events/${event.id}/send-invitations`, {});
  const { rsvpLink } = await invitationMail(admin, email);

  await page.goto(rsvpLink);
  await expect(page.getByRole('heading', { name: event.title })).toBeVisible();
  // A radio group: Tab reaches it, Space picks the focused answer.
  const accept = page.getByRole('radio', { name: 'Ich komme', exact: true });
  await moveFocusTo(page, accept);
  await press(page, 'Space');
  await expect(accept).toBeChecked();
  const plusOne = page.getByRole('checkbox', { name: 'Begleitperson', exact: true });
  await moveFocusTo(page, plusOne);
  await press(page, 'Space');
  await expect(plusOne).toBeChecked();
  await moveFocusTo(page, page.getByLabel('Barrierefreiheit: was brauchen Sie?'));
  await type(page, 'Ich komme mit dem Rollstuhl.');
  await moveFocusTo(page, page.getByRole('button', { name: 'Antwort senden' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rsvp-status')).toContainText('Danke! Ihre Antwort ist gespeichert.');
  await expectFocusVisible(page, 'sending the answer');

  const list = await admin.get<InvitationPage>(`/events/${event.id}/invitations?q=${encodeURIComponent(email)}`);
  expect(list.items.map((i) => ({ status: i.status, plusOne: i.plusOne, accessibilityNeeds: i.accessibilityNeeds }))).toEqual([
    { status: 'accepted', plusOne: true, accessibilityNeeds: 'Ich komme mit dem Rollstuhl.' },
  ]);
});
