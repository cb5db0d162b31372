import { expect, type Locator, type Page } from '@playwright/test';
import type { Person } from './people';

/** What has the focus now: nothing, the page itself, or an element that shows it (matches :focus-visible) and has a size. */
async function focusState(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body || active === document.documentElement) return 'the focus is on the page, not on an element';
    const box = active.getBoundingClientRect();
    const name = `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`;
    if (box.width === 0 || box.height === 0) return `${name} has the focus but no size`;
    if (!active.matches(':focus-visible')) return `${name} has the focus but does not show it (:focus-visible)`;
    return 'visible';
  });
}

/** Fails unless a focused element exists, is not the page, and shows its focus. */
export async function expectFocusVisible(page: Page, after: string): Promise<void> {
  expect(await focusState(page), `focus after ${after}`).toBe('visible');
}

/** Presses `key` and checks the focus is still visible somewhere. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusVisible(page, key);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

/**
 * Presses `key` (Tab by default; Shift+Tab, arrows) until `target` has the focus, checking after every press that the
 * focus is visible. Fails after `max` presses: the target is not reachable that way.
 */
export async function moveFocusTo(page: Page, target: Locator, key = 'Tab', max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await press(page, key);
    if (await isFocused(target)) return;
  }
  throw new Error(`${max}× ${key} did not reach ${target}`);
}

/** Types into the focused field, as a person would. */
export async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await expectFocusVisible(page, `typing "${text}"`);
}

/** Signs in on the sign-in page with the keyboard alone and waits for the start page. */
export async function signInByKeyboard(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  await page.goto('/login');
  await moveFocusTo(page, page.getByLabel('E-Mail-Adresse'));
  await type(page, person.email);
  await moveFocusTo(page, page.getByLabel('Passwort', { exact: true }));
  await type(page, person.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Willkommen, / })).toBeVisible();
  // The old page is gone: the focus must have landed somewhere a keyboard user can see, not on the page itself.
  await expectFocusVisible(page, 'signing in');
}
