import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { GrantApplicationView } from '@miteinander/contracts';
import { pdfText } from '@miteinander/testing';
import { accountWithRoles } from '../support/accounts';
import { expectAccessible } from '../support/accessibility';
import { AdminApi } from '../support/admin-api';
import { desktop, expectGrantStatus, isoInDays, openCall, phone } from '../support/grants';
import { uniqueTag } from '../support/people';
import { signIn } from '../support/session';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A step's header and content are named by its label, next to the step's number (and "Bitte prüfen" after a failed submission). */
const stepName = (name: string) => new RegExp(`(^|\\s)${escape(name)}(\\s|$)`);

/** The content of one step of the application form (the phone shows the steps one below the other). */
const step = (page: Page, name: string) => page.getByRole('region', { name: stepName(name) });

/** Opens a step of the form through its header. */
async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: stepName(name) }).click();
  await expect(step(page, name).getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** A reviewer scores both criteria of the call with a comment each and saves. */
async function score(page: Page, title: string, wirkung: number, machbarkeit: number): Promise<void> {
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { name: 'Anträge zur Begutachtung', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  // The reviewer sees the form without the bank details.
  await expect(page.getByText('DE89')).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Wirkung (Gewichtung 2)' }).getByRole('radio', { name: String(wirkung), exact: true }).check();
  await page.getByLabel('Begründung zu „Wirkung“').fill('Viele Begegnungen, klarer Nutzen für den Ort.');
  await page.getByRole('radiogroup', { name: 'Machbarkeit (Gewichtung 1)' }).getByRole('radio', { name: String(machbarkeit), exact: true }).check();
  await page.getByLabel('Begründung zu „Machbarkeit“').fill('Der Plan ist einfach und realistisch.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bewertung speichern' }).click();
  await expect(page.getByText('Ihre Bewertung ist gespeichert.')).toBeVisible();
}

test('an applicant drafts on a phone, comes back, fixes what the submission lists and revises on request; two reviewers score; the coordinator approves and pays; the applicant gets the decision letter and files the final report', async ({
  page,
  browser,
}) => {
  // The whole funding cycle with five people and an accessibility check at every stage.
  test.setTimeout(300_000);
  const admin = await AdminApi.signIn();
  const tag = uniqueTag();
  const callTitle = `Mikroprojekte Testaufruf ${tag}`;
  const projectTitle = `Sprachcafé Grimma ${tag}`;
  const initiative = `Initiative Miteinander Grimma ${tag}`;
  const firstGoals = 'Wir treffen uns jede Woche und sprechen Deutsch.';
  const betterGoals = 'Geflüchtete und Nachbarn treffen sich zehnmal im Café am Markt, sprechen Deutsch und planen zusammen ein Fest.';
  const revisionComment = 'Bitte beschreiben Sie genauer, wie oft Sie sich treffen und was am Ende erreicht sein soll.';

  const { applicant, coordinator, reviewers } = await test.step('a coordinator opened a call; an applicant, a coordinator and two reviewers have accounts', async () => {
    await openCall(admin, callTitle);
    const applicant = await accountWithRoles(page, admin, ['applicant'], 'applicant', 'Amal Antrag');
    const coordinator = await accountWithRoles(page, admin, ['coordinator'], 'coordinator', 'Kim Koordination');
    const reviewers = [
      await accountWithRoles(page, admin, ['reviewer'], 'reviewer', 'Rita Gutachten'),
      await accountWithRoles(page, admin, ['reviewer'], 'reviewer', 'Rolf Gutachten'),
    ] as const;
    return { applicant, coordinator, reviewers };
  });

  const mobile = await phone(browser);
  let applicationId = '';
  /** What the server holds now (the admin may read any application). */
  const stored = () => admin.get<GrantApplicationView>(`/grants/applications/${applicationId}`);

  await test.step('on the phone the applicant starts an application and fills the first two steps; the draft saves itself', async () => {
    await signIn(mobile, applicant.email, applicant.password);
    await mobile.goto('/my-grants');
    await expect(mobile.getByRole('heading', { name: 'Meine Mikroprojekte', level: 1 })).toBeVisible();
    await expect(mobile.getByRole('heading', { name: callTitle, level: 3 })).toBeVisible();
    await expect(mobile.getByText('Sie haben noch keinen Antrag.')).toBeVisible();
    await expectAccessible(mobile);
    await mobile.getByRole('button', { name: new RegExp(`^Antrag beginnen.*${tag}`) }).click();
    await expect(mobile).toHaveURL(/\/my-grants\/[0-9a-f-]{36}$/);
    applicationId = /\/my-grants\/([0-9a-f-]{36})$/.exec(mobile.url())![1]!;
    await expect(mobile.getByRole('heading', { name: 'Neuer Antrag', level: 1 })).toBeVisible();
    await expect(mobile.getByRole('status').filter({ hasText: 'automatisch als Entwurf gespeichert' })).toBeVisible();

    const first = step(mobile, 'Antragsteller');
    await first.getByRole('combobox', { name: 'Wer stellt den Antrag?' }).click();
    await mobile.getByRole('option', { name: 'Ehrenamtliche Initiative' }).click();
    await first.getByLabel('Name der Initiative oder des Vereins').fill(initiative);
    await first.getByLabel('Kooperationspartner', { exact: true }).fill('Ev.-Luth. Kirchgemeinde Grimma');
    await first.getByLabel('Telefon', { exact: true }).fill('0176 5550101');
    await expectAccessible(mobile);
    await first.getByRole('button', { name: 'Weiter' }).click();

    const project = step(mobile, 'Projekt');
    await project.getByLabel('Titel des Projekts', { exact: true }).fill(projectTitle);
    await project.getByLabel('Ziele', { exact: true }).fill(firstGoals);
    await project.getByLabel('Zielgruppe', { exact: true }).fill('Geflüchtete Familien und Nachbarn in Grimma');
    await project.getByRole('combobox', { name: 'Handlungsfeld' }).click();
    await mobile.getByRole('option', { name: 'Gesellschaftlicher Zusammenhalt' }).click();
    await project.getByRole('combobox', { name: 'Projektbereich' }).click();
    await mobile.getByRole('option', { name: 'Begegnungsprojekt' }).click();
    await project.getByRole('combobox', { name: 'Ort', exact: true }).fill('Grim');
    await mobile.getByRole('option', { name: 'Grimma', exact: true }).click();
    // Too soon on purpose: the call wants 14 days between submission and start.
    await project.getByLabel('Beginn', { exact: true }).fill(isoInDays(3));
    await project.getByLabel('Ende', { exact: true }).fill(isoInDays(90));
    await project.getByLabel('Geplante Teilnehmende mit Fluchterfahrung').fill('12');
    await project.getByLabel('Geplante Teilnehmende aus der Nachbarschaft').fill('8');
    await expect.poll(async () => (await stored()).data.plannedLocals, { timeout: 15_000 }).toBe(8);
    await expect(mobile.getByRole('status').filter({ hasText: /Entwurf gespeichert um \d{1,2}:\d{2}/ })).toBeVisible();
    await expectAccessible(mobile);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  await test.step('the applicant leaves, comes back through the list and finds every entry', async () => {
    await mobile.getByRole('main').getByRole('link', { name: 'Meine Mikroprojekte' }).click();
    await expect(mobile.getByRole('heading', { name: 'Meine Mikroprojekte', level: 1 })).toBeVisible();
    const item = mobile.getByRole('link', { name: new RegExp(escape(projectTitle)) });
    await expect(item).toContainText('Entwurf');
    await item.click();
    await expect(mobile.getByRole('heading', { name: projectTitle, level: 1 })).toBeVisible();
    const first = step(mobile, 'Antragsteller');
    await expect(first.getByRole('combobox', { name: 'Wer stellt den Antrag?' })).toContainText('Ehrenamtliche Initiative');
    await expect(first.getByLabel('Name der Initiative oder des Vereins')).toHaveValue(initiative);
    await openStep(mobile, 'Projekt');
    const project = step(mobile, 'Projekt');
    await expect(project.getByLabel('Ziele', { exact: true })).toHaveValue(firstGoals);
    await expect(project.getByRole('combobox', { name: 'Projektbereich' })).toContainText('Begegnungsprojekt');
    await expect(project.getByRole('combobox', { name: 'Ort', exact: true })).toHaveValue('Grimma');
    await expect(project.getByLabel('Beginn', { exact: true })).toHaveValue(isoInDays(3));
    await expect(project.getByLabel('Geplante Teilnehmende aus der Nachbarschaft')).toHaveValue('8');
  });

  await test.step('the cost plan and the bank details; after a reload the plan is still there', async () => {
    await openStep(mobile, 'Kosten und Finanzierung');
    const costs = step(mobile, 'Kosten und Finanzierung');
    await costs.getByRole('button', { name: 'Kostenzeile hinzufügen' }).click();
    let line = costs.getByRole('group', { name: 'Zeile 1' });
    await expect(line.getByRole('combobox', { name: 'Art der Kosten' })).toBeFocused();
    await line.getByRole('combobox', { name: 'Art der Kosten' }).click();
    await mobile.getByRole('option', { name: 'Honorare' }).click();
    await line.getByLabel('Beschreibung', { exact: true }).fill('Kursleitung, 10 Abende');
    await line.getByLabel('Betrag', { exact: true }).fill('1.000,00');
    await costs.getByRole('button', { name: 'Kostenzeile hinzufügen' }).click();
    line = costs.getByRole('group', { name: 'Zeile 2' });
    await line.getByRole('combobox', { name: 'Art der Kosten' }).click();
    await mobile.getByRole('option', { name: 'Sachkosten' }).click();
    await line.getByLabel('Beschreibung', { exact: true }).fill('Lernmaterial und Tee');
    await line.getByLabel('Betrag', { exact: true }).fill('300');
    await costs.getByLabel('Eigenanteil', { exact: true }).fill('100');
    // Wrong on purpose: 1,300 € costs − 100 € own contribution is 1,200 €.
    await costs.getByLabel('Beantragter Betrag').fill('1.500');
    await expect(costs.getByText('Der Betrag passt nicht zur Rechnung oben.')).toBeVisible();
    await expect(costs.getByText('Kosten gesamt: 1.300,00 €')).toBeVisible();
    await expectAccessible(mobile);
    await expect.poll(async () => (await stored()).data.requestedCents, { timeout: 15_000 }).toBe(150_000);

    await mobile.reload();
    await expect(mobile.getByRole('heading', { name: projectTitle, level: 1 })).toBeVisible();
    await openStep(mobile, 'Kosten und Finanzierung');
    await expect(costs.getByRole('group', { name: 'Zeile 2' }).getByLabel('Beschreibung', { exact: true })).toHaveValue('Lernmaterial und Tee');
    await expect(costs.getByRole('group', { name: 'Zeile 1' }).getByLabel('Betrag', { exact: true })).toHaveValue('1000,00');
    await expect(costs.getByLabel('Beantragter Betrag')).toHaveValue('1500,00');

    await openStep(mobile, 'Bankverbindung');
    const bank = step(mobile, 'Bankverbindung');
    await bank.getByLabel('Kontoinhaber', { exact: true }).fill(initiative);
    await bank.getByLabel('IBAN', { exact: true }).fill('DE89370400440532013000');
    await expect(bank.getByLabel('IBAN', { exact: true })).toHaveValue('DE89 3704 0044 0532 0130 00');
    await expectAccessible(mobile);
  });

  let reference = '';
  await test.step('submitting lists both problems at once, each naming its field; the applicant fixes them and submits', async () => {
    await openStep(mobile, 'Prüfen und einreichen');
    const review = step(mobile, 'Prüfen und einreichen');
    await review.getByRole('checkbox', { name: /^Ich bin einverstanden/ }).check();
    await review.getByLabel('Kurzbeschreibung für die Öffentlichkeit').fill('Ein wöchentliches Sprachcafé für Geflüchtete und Nachbarn.');
    await review.getByRole('button', { name: 'Einreichen', exact: true }).click();

    const problems = review.getByRole('alert');
    await expect(problems.getByRole('heading', { name: 'Bitte noch korrigieren:' })).toBeFocused();
    const startProblem = problems.getByRole('button', { name: /^Beginn: Das Projekt kann frühestens am \d{2}\.\d{2}\.\d{4} beginnen \(14 Tage nach dem Einreichen\)\.$/ });
    const amountProblem = problems.getByRole('button', { name: /^Beantragter Betrag: Der Betrag passt nicht zum Kostenplan: .*= 1\.200,00\s€\.$/ });
    await expect(startProblem).toBeVisible();
    await expect(amountProblem).toBeVisible();
    await expectAccessible(mobile);
    expect((await stored()).status).toBe('draft');

    // Each problem leads to its field.
    await startProblem.click();
    const start = step(mobile, 'Projekt').getByLabel('Beginn', { exact: true });
    await expect(start).toBeFocused();
    await start.fill(isoInDays(30));
    await openStep(mobile, 'Prüfen und einreichen');
    await expect(startProblem).toHaveCount(0);
    await amountProblem.click();
    const costs = step(mobile, 'Kosten und Finanzierung');
    await expect(costs.getByLabel('Beantragter Betrag')).toBeFocused();
    await costs.getByRole('button', { name: 'Betrag übernehmen' }).click();
    await expect(costs.getByLabel('Beantragter Betrag')).toHaveValue('1200,00');
    await expect(costs.getByText('Der Betrag passt nicht zur Rechnung oben.')).toHaveCount(0);

    await openStep(mobile, 'Prüfen und einreichen');
    await review.getByRole('button', { name: 'Einreichen', exact: true }).click();
    const submitted = mobile.getByText(/^Ihr Antrag ist eingereicht\. Aktenzeichen: MP-\d{4}-\d+$/);
    await expect(submitted).toBeVisible();
    reference = /MP-\d{4}-\d+/.exec((await submitted.textContent()) ?? '')![0];
    await expectGrantStatus(mobile, 'Eingereicht');
    await expect(mobile.getByText(`Aktenzeichen ${reference}`)).toBeVisible();
    await expectAccessible(mobile);
  });

  await test.step('the coordinator opens the application under Mikroprojekte and asks for a revision of the goals', async () => {
    await signIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Mikroprojekte', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Förderrunden', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: callTitle }).click();
    await expect(page.getByRole('heading', { name: callTitle, level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: projectTitle });
    await expect(row).toContainText('Eingereicht');
    await row.getByRole('link', { name: projectTitle }).click();
    await expect(page.getByRole('heading', { name: projectTitle, level: 1 })).toBeVisible();
    await expect(page.getByText(reference, { exact: true }).first()).toBeVisible();
    await expectGrantStatus(page, 'Eingereicht');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Überarbeitung anfordern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Überarbeitung anfordern' });
    await dialog.getByRole('combobox', { name: 'Feld für einen Hinweis wählen' }).click();
    await page.getByRole('option', { name: 'Ziele', exact: true }).click();
    await dialog.getByRole('button', { name: 'Hinweis hinzufügen' }).click();
    const comment = dialog.getByRole('textbox', { name: 'Hinweis zu „Ziele“' });
    await expect(comment).toBeFocused();
    await comment.fill(revisionComment);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Überarbeitung anfordern' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Die Überarbeitung ist angefordert\./)).toBeVisible();
    await expectGrantStatus(page, 'Überarbeitung erbeten');
    await expect(page.getByText(revisionComment)).toBeVisible();
  });

  await test.step('the applicant sees the comment at the goals, rewrites them and submits version 2', async () => {
    await mobile.goto(`/my-grants/${applicationId}`);
    const revision = mobile.getByRole('region', { name: 'Bitte überarbeiten Sie Ihren Antrag' });
    await expect(revision).toContainText(revisionComment);
    await expectAccessible(mobile);
    await revision.getByRole('button', { name: 'Ziele', exact: true }).click();
    const goals = step(mobile, 'Projekt').getByLabel('Ziele', { exact: true });
    await expect(goals).toBeFocused();
    await expect(step(mobile, 'Projekt').getByText(revisionComment)).toBeVisible();
    await goals.fill(betterGoals);
    await openStep(mobile, 'Prüfen und einreichen');
    await step(mobile, 'Prüfen und einreichen').getByRole('button', { name: 'Erneut einreichen' }).click();
    await expect(mobile.getByText(`Ihr Antrag ist eingereicht. Aktenzeichen: ${reference}`)).toBeVisible();
    await expectGrantStatus(mobile, 'Eingereicht');
    await expect(mobile.getByText(/\(Fassung 2\)$/)).toBeVisible();
  });

  await test.step('the coordinator compares the versions and accepts the application into review', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: projectTitle, level: 1 })).toBeVisible();
    await expectGrantStatus(page, 'Eingereicht');
    await expect(page.getByText(/^Version 2, eingereicht am /)).toBeVisible();
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    const diff = page.getByRole('table', { name: 'Änderungen von Version 1 zu Version 2' });
    const goalsRow = diff.getByRole('row', { name: /^Ziele/ });
    await expect(goalsRow).toContainText(firstGoals);
    await expect(goalsRow).toContainText(betterGoals);
    await expect(diff.getByRole('row')).toHaveCount(2);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'In die Begutachtung geben' }).click();
    const confirm = page.getByRole('dialog', { name: 'In die Begutachtung geben?' });
    await confirm.getByRole('button', { name: 'In die Begutachtung geben' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('Der Antrag ist jetzt in der Begutachtung.')).toBeVisible();
    await expectGrantStatus(page, 'In Begutachtung');
    await expect(page.getByText('Noch keine Bewertungen.')).toBeVisible();
  });

  await test.step('two reviewers each score both criteria', async () => {
    const points = [
      [4, 4],
      [3, 3],
    ] as const;
    for (const [i, reviewer] of reviewers.entries()) {
      const own = await desktop(browser);
      await signIn(own, reviewer.email, reviewer.password);
      await score(own, projectTitle, points[i]![0], points[i]![1]);
      await own.context().close();
    }
  });

  await test.step('the coordinator sees both scores and the averages, and approves 1,000 € of the 1,200 € asked for', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: projectTitle, level: 1 })).toBeVisible();
    const sheet = page.getByRole('table', { name: 'Bewertungen je Gutachter und Kriterium' });
    await expect(sheet.getByRole('row', { name: /^Rita Gutachten/ })).toContainText('4 / 5');
    await expect(sheet.getByRole('row', { name: /^Rolf Gutachten/ })).toContainText('3 / 5');
    await expect(sheet.getByRole('row', { name: /^Durchschnitt/ })).toContainText('3,5');
    await expect(page.getByText('Gewichteter Schnitt: 3,5 von 5 Punkten')).toBeVisible();

    await expect(page.getByRole('radio', { name: 'Bewilligen' })).toBeChecked();
    const amount = page.getByLabel('Bewilligter Betrag');
    await expect(amount).toHaveValue('1200,00');
    await amount.fill('1.000');
    await page.getByLabel('Auflagen (freiwillig)').fill('Bitte legen Sie dem Nachweis Fotos der Treffen bei.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Bewilligen', exact: true }).click();
    await expect(page.getByText(/^Die Entscheidung ist gespeichert\./)).toBeVisible();
    await expectGrantStatus(page, 'Bewilligt');
    await expect(page.getByText(/Bewilligt mit 1\.000,00\s€ am \d/)).toBeVisible();
  });

  await test.step('the applicant downloads the decision letter and asks for the money', async () => {
    await mobile.goto(`/my-grants/${applicationId}`);
    await expectGrantStatus(mobile, 'Bewilligt');
    await expect(mobile.getByText(/Bewilligt am \d{2}\.\d{2}\.\d{4}: 1\.000,00\s€/)).toBeVisible();
    await expect(mobile.getByText('Bitte legen Sie dem Nachweis Fotos der Treffen bei.')).toBeVisible();
    await expectAccessible(mobile);

    const downloading = mobile.waitForEvent('download');
    await mobile.getByRole('link', { name: 'Bescheid herunterladen (PDF)' }).click();
    const download = await downloading;
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(reference);
    expect(text).toMatch(/1\.000,00\s€/);

    await expect(mobile.getByLabel('Betrag', { exact: true })).toHaveValue('1000,00');
    await mobile.getByRole('button', { name: 'Mittel abfordern' }).click();
    await expect(mobile.getByText('Ihre Mittelabforderung ist eingegangen.')).toBeVisible();
    await expectGrantStatus(mobile, 'Mittel abgefordert');
  });

  await test.step('the coordinator marks the payment as paid today (in the UI)', async () => {
    await page.reload();
    await expectGrantStatus(page, 'Mittel abgefordert');
    await expect(page.getByLabel(/^Bezahlt am \(1\.000,00\s€\)$/)).toHaveValue(isoInDays(0));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Als bezahlt markieren' }).click();
    await expect(page.getByText('Die Zahlung ist als bezahlt markiert.')).toBeVisible();
    await expectGrantStatus(page, 'Ausgezahlt');
  });

  await test.step('later the applicant fills the final report and files it', async () => {
    await mobile.goto(`/my-grants/${applicationId}`);
    await expectGrantStatus(mobile, 'Ausgezahlt');
    await mobile.getByRole('link', { name: 'Verwendungsnachweis ausfüllen' }).click();
    await expect(mobile.getByRole('heading', { name: 'Verwendungsnachweis', level: 1 })).toBeVisible();
    await mobile.getByLabel('Was ist im Projekt passiert?').fill('Zehn Abende im Café am Markt, im Schnitt 15 Gäste. Zum Schluss gab es ein Nachbarschaftsfest.');
    await mobile.getByLabel('Ausgegeben: Kursleitung, 10 Abende').fill('1.000,00');
    await mobile.getByLabel('Ausgegeben: Lernmaterial und Tee').fill('250');
    await mobile.getByRole('button', { name: 'Beleg hinzufügen' }).click();
    const receipt = mobile.getByRole('group', { name: 'Beleg 1' });
    await expect(receipt.getByLabel('Datum', { exact: true })).toBeFocused();
    await receipt.getByLabel('Datum', { exact: true }).fill(isoInDays(0));
    await receipt.getByLabel('Aussteller', { exact: true }).fill('Buchhandlung am Markt');
    await receipt.getByLabel('Wofür?', { exact: true }).fill('Lernmaterial');
    await receipt.getByLabel('Betrag', { exact: true }).fill('250');
    await mobile.getByLabel('Teilnehmende mit Fluchterfahrung').fill('14');
    await mobile.getByLabel('Teilnehmende aus der Nachbarschaft').fill('9');
    await expectAccessible(mobile);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await mobile.getByRole('button', { name: 'Nachweis einreichen' }).click();
    await expect(mobile.getByText('Ihr Verwendungsnachweis ist eingereicht.')).toBeVisible();
    await expectGrantStatus(mobile, 'Nachweis eingereicht');
    await expectAccessible(mobile);
    expect((await stored()).status).toBe('report_submitted');
  });

  await mobile.context().close();
  await admin.dispose();
});
