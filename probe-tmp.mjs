import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const base = 'http://localhost:3211';
async function shot(ctxOpts, steps, file) {
  const context = await browser.newContext({ baseURL: base, ...ctxOpts });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await steps(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `tmp/probe/${file}.png`, fullPage: true });
  await context.close();
}
const login = async (page) => {
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill('admin@miteinander.local');
  await page.getByLabel('Passwort', { exact: true }).fill('E2e-Admin-Password-2026');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByRole('heading', { name: /Willkommen/ }).waitFor();
};
await shot({}, async (page) => { await login(page); await page.goto('/admin/mail'); await page.getByRole('link', { name: /Einladung|bestätigen/ }).first().click(); await page.locator('iframe').waitFor(); }, 'mail-detail');
await shot({}, async (page) => { await login(page); await page.goto('/admin/audit'); await page.locator('td').first().waitFor(); }, 'audit');
await shot({}, async (page) => { await login(page); await page.goto('/profile'); await page.getByRole('button', { name: /Sprache wählen/ }).click(); await page.getByRole('menuitemradio', { name: 'العربية' }).click(); await page.waitForTimeout(500); }, 'profile-ar');
await shot({}, async (page) => { await login(page); await page.goto('/admin/users'); await page.getByRole('button', { name: /wählen|اختيار/ }).click(); await page.getByRole('menuitemradio', { name: 'Deutsch' }).click(); await page.locator('td').first().waitFor(); }, 'users');
await shot({ viewport: { width: 390, height: 800 } }, async (page) => { await page.goto('/login'); }, 'login-phone');
await shot({ viewport: { width: 390, height: 800 } }, async (page) => { await page.goto('/login'); await page.getByRole('button', { name: /Navigation/ }).click(); }, 'login-phone-nav');
await browser.close();
