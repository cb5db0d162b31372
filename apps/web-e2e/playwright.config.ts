import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freshDataDir } from './support/data-dir';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, PORT } from './support/environment';

const root = join(__dirname, '..', '..');
// Workers load this file again and inherit the environment: only the first load picks the directory.
process.env['E2E_DATA_DIR'] ??= freshDataDir(join(root, 'tmp'));

/**
 * UI tests against the built app (npx nx run api:build && npx nx run web:build first), served by
 * the API in embedded mode with a fresh database, in Debian's Chromium.
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
  webServer: {
    command: 'node dist/apps/api/apps/api/src/main.js',
    cwd: root,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: process.env['E2E_DATA_DIR'],
      // COOKIE_SECURE stays at its default (true): Chromium treats http://localhost as a secure context.
      NODE_ENV: 'development',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      OUTBOX_POLL_MS: '200',
    },
  },
});
