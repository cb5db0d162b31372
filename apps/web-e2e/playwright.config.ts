import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freshDataDir } from './support/data-dir';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, PORT, REFUSING_SMTP_PORT, SMTP_API_PORT, SMTP_BASE_URL } from './support/environment';

const root = join(__dirname, '..', '..');
// Workers load this file again and inherit the environment: only the first load picks the directory.
process.env['E2E_DATA_DIR'] ??= freshDataDir(join(root, 'tmp'));

const serverEnv = {
  // COOKIE_SECURE stays at its default (true): Chromium treats http://localhost as a secure context.
  NODE_ENV: 'development',
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  OUTBOX_POLL_MS: '200',
};

/**
 * UI tests against the built app (npx nx run api:build && npx nx run web:build first), served by
 * the API in embedded mode with a fresh database, in Debian's Chromium. A second API delivers over
 * SMTP to a server that refuses some mail (started first: the API's health check needs it).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: join(root, 'tmp', 'e2e-results'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
        headless: true,
      },
    },
  ],
  webServer: [
    {
      command: 'node dist/apps/api/apps/api/src/main.js',
      cwd: root,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { ...serverEnv, PORT: String(PORT), DATA_DIR: process.env['E2E_DATA_DIR'] },
    },
    {
      command: `node apps/web-e2e/support/refusing-smtp.cjs ${REFUSING_SMTP_PORT}`,
      cwd: root,
      port: REFUSING_SMTP_PORT,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: 'node dist/apps/api/apps/api/src/main.js',
      cwd: root,
      url: `${SMTP_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        ...serverEnv,
        PORT: String(SMTP_API_PORT),
        DATA_DIR: `${process.env['E2E_DATA_DIR']}-smtp`,
        SMTP_URL: `smtp://127.0.0.1:${REFUSING_SMTP_PORT}`,
        SMTP_TIMEOUT_MS: '5000',
      },
    },
  ],
});
