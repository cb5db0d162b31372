import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://localhost:3211';
async function shot(ctxOpts, steps, file) {
  const context = await browser.newContext({ baseURL: base, locale: 'de-DE', ...ctxOpts });
  const page = await context.newPage();
  page.on('response', (r) => { if (r.status() >= 400) console.log(r.status(), r.url()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await steps(page);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `tmp/probe/${file}.png`, fullPage: false });
  await context.close();
}
const login = async (page) => {
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill('admin@miteinander.local');
  await page.getByLabel('Passwort', { exact: true }).fill('E2e-Admin-Password-2026');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
};
await shot({}, async (page) => { await page.goto('/login'); await page.getByRole('button', { name: 'Anmelden', exact: true }).click(); }, 'login-errors');
await shot({}, async (page) => { await login(page); await page.goto('/admin/users'); await page.locator('td').first().waitFor(); }, 'users');
await shot({}, async (page) => { await login(page); await page.goto('/admin/users'); await page.getByRole('button', { name: 'Person einladen' }).click(); await page.getByRole('dialog').waitFor(); }, 'invite');
await shot({}, async (page) => { await login(page); await page.goto('/profile'); }, 'profile');
await shot({}, async (page) => { await login(page); }, 'start');
await browser.close();
