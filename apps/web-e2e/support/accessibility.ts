import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fading elements have too little contrast for a moment (an error message fading in measured 3.0–3.7:1):
 * axe looks at the page as it will stand, with transitions and animations jumped to their end.
 */
async function settleAnimations(page: Page): Promise<() => Promise<void>> {
  const style = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation-duration: 0s !important; animation-delay: 0s !important; }' });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  // A snack bar keeps its content aria-hidden until it has handed it to its live region (about 150 ms after it
  // opens); its action button is focusable meanwhile. Axe looks once that hand-over is done, as it is for users.
  await page.waitForFunction(() => !document.querySelector('.mat-mdc-snack-bar-container [aria-hidden="true"]'), undefined, { timeout: 5_000 });
  return () => style.evaluate((node) => (node as Element).remove());
}

/**
 * Fails the test if the page as it is now breaks a WCAG 2.1 A/AA rule axe can check.
 * Sandboxed frames (the mail preview, `sandbox=""`) are left out: axe cannot run in a frame without
 * scripts and would wait forever; tests check such a frame's title themselves.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const restore = await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).exclude('iframe[sandbox]').analyze();
  await restore();
  const readable = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}
