import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { newPerson, registerViaApi, uniqueTag } from '../support/people';
import { signIn } from '../support/session';

/** The e-mail addresses in the table, top to bottom. */
async function emailColumn(page: Page): Promise<string[]> {
  return page.locator('td.mat-column-email').allInnerTexts();
}

test('admins list users, sort them and search', async ({ page, request }) => {
  // Same tag for both, so a search for it finds exactly these two.
  const tag = uniqueTag();
  const first = newPerson('aaa-sort', 'Anna Alpha', tag);
  const last = newPerson('zzz-sort', 'Zoe Zulu', tag);
  await registerViaApi(request, first);
  await registerViaApi(request, last);

  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'Benutzer' }).click();
  await expect(page.getByRole('heading', { name: 'Benutzer', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: ADMIN_EMAIL })).toBeVisible();
  await expect(page.getByRole('cell', { name: first.email })).toBeVisible();
  await expectAccessible(page);

  await test.step('search narrows the list', async () => {
    await page.getByLabel('Suche nach Name oder E-Mail-Adresse').fill(tag);
    await expect.poll(() => emailColumn(page)).toHaveLength(2);
    await expect(page.getByRole('cell', { name: ADMIN_EMAIL })).toHaveCount(0);
  });

  await test.step('sorting by e-mail address, both ways', async () => {
    const header = page.getByRole('columnheader', { name: 'E-Mail-Adresse' });
    await header.click();
    await expect.poll(() => emailColumn(page)).toEqual([first.email, last.email]);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.click();
    await expect.poll(() => emailColumn(page)).toEqual([last.email, first.email]);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expectAccessible(page);
  });

  await test.step('an invited person shows up in the list', async () => {
    const invitee = newPerson('invited', 'Karl Koordination');
    await page.getByRole('button', { name: 'Person einladen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Person einladen' });
    // The dialog moves focus to its first field once it has opened; typing before that can land in the wrong field.
    await expect(dialog.getByLabel('E-Mail-Adresse')).toBeFocused();
    await dialog.getByLabel('E-Mail-Adresse').fill(invitee.email);
    await dialog.getByLabel('Name').fill(invitee.displayName);
    await dialog.getByRole('checkbox', { name: 'Koordination' }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Die Einladung' })).toContainText(`Die Einladung an ${invitee.email} ist verschickt.`);

    await page.getByLabel('Suche nach Name oder E-Mail-Adresse').fill(invitee.email);
    const row = page.getByRole('row').filter({ hasText: invitee.email });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('combobox', { name: `Rollen von ${invitee.displayName}` })).toContainText('Koordination');
    await expectAccessible(page);
  });

  await test.step('the last admin cannot be deactivated', async () => {
    await page.getByLabel('Suche nach Name oder E-Mail-Adresse').fill(ADMIN_EMAIL);
    const row = page.getByRole('row').filter({ hasText: ADMIN_EMAIL });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Konto von Administration deaktivieren' }).click();
    await expect(page.getByRole('alert')).toContainText('Es muss mindestens ein aktives Admin-Konto bleiben.');
    await expect(row.getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();
    await expectAccessible(page);
  });
});
