import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/environment';
import { signIn } from '../support/session';

const PHONE = { width: 390, height: 844 };

/** How far the page (the shell's content column, not the window) is scrolled. */
const contentScroll = (page: Page) => page.locator('.content').evaluate((el) => el.scrollTop);

/** The menu button and the navigation it opens, as a screen reader names them. */
function shellNavigation(page: Page) {
  return { menu: page.getByRole('button', { name: 'Navigation öffnen' }), nav: page.getByRole('navigation', { name: 'Hauptnavigation' }) };
}

/** Whether the focused element is part of the page behind the navigation (main content or footer). */
const focusInPage = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('.content')));

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('the navigation opens over the page, keeps Tab out of it, closes with Escape and after choosing a page', async ({ page }) => {
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    const { menu, nav } = shellNavigation(page);
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.click();
    await expect(nav).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.locator(':focus')).toHaveCount(1);
    await expectAccessible(page);
    // Behind the open panel the page is inert: no Tab lands in it.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPage(page), `Tab ${i + 1} stayed out of the page behind`).toBe(false);
    }

    await nav.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.click();
    await nav.getByRole('link', { name: 'E-Mails', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/mail$/);
    await expect(nav).toBeHidden();
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('a new page starts at its top, Back returns to where the reader was', async ({ page }) => {
    await page.goto('/accessibility');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.locator('.content').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const scrolled = await contentScroll(page);
    expect(scrolled, 'the statement is longer than a phone screen').toBeGreaterThan(200);

    await page.getByRole('navigation', { name: 'Hinweise' }).getByRole('link', { name: 'Leichte Sprache' }).click();
    await expect(page).toHaveURL(/\/leichte-sprache$/);
    await expect.poll(() => contentScroll(page)).toBe(0);

    await page.goBack();
    await expect(page).toHaveURL(/\/accessibility$/);
    await expect.poll(() => contentScroll(page)).toBe(scrolled);
  });
});

test('on a wide screen the menu button folds the navigation column away and back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  const { menu, nav } = shellNavigation(page);
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await menu.click();
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(nav).toBeVisible();
});
