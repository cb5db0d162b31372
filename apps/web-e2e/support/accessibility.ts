import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fading elements have too little contrast for a moment: let finite animations end (spinners run forever). */
async function settleAnimations(page: Page): Promise<void> {
  // A transition starts on the frame after the change that causes it: let two frames pass before looking.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/**
 * Fails the test if the page as it is now breaks a WCAG 2.1 A/AA rule axe can check.
 * Sandboxed frames (the mail preview, `sandbox=""`) are left out: axe cannot run in a frame without
 * scripts and would wait forever; tests check such a frame's title themselves.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await settleAnimations(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).exclude('iframe[sandbox]').analyze();
  const readable = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}
