// Lighthouse (mobile: the default form factor with simulated throttling) in Debian's Chromium against the production
// build served by the compiled api, on an embedded database of its own: the start page a visitor first sees, and
// the hour-logging page of a volunteer who registered and confirmed their address like anyone else. Each page runs LIGHTHOUSE_RUNS times (median).
// The reference, measured in the same run on the same machine: a minimal Angular app (one component, same
// Angular, builder and production options; tools/bench/web-bundle/minimal), served precompressed like ours.
// Fails when performance < 95 or accessibility < 100.
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { buildMinimal } = require('./web-bundle/build-minimal.cjs');
const { serveStatic } = require('./support/static-server.cjs');

const root = join(__dirname, '../..');
const MINIMAL_DIR = 'dist/bench/lighthouse-minimal';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3561);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const MIN_PERF = 95;
const MIN_A11Y = 100;
const ADMIN = { email: 'admin@lighthouse.example', password: randomBytes(12).toString('base64url') };
const VOLUNTEER = { email: 'anna.schmidt@lighthouse.example', password: randomBytes(12).toString('base64url'), displayName: 'Anna Schmidt' };
const ALL_PAGES = [
  { name: 'start', path: '/', signedIn: false },
  { name: 'hours', path: '/hours', signedIn: true },
];
// LIGHTHOUSE_PAGES=start (comma-separated names) audits only those pages.
const PAGES = ALL_PAGES.filter((page) => !process.env.LIGHTHOUSE_PAGES || process.env.LIGHTHOUSE_PAGES.split(',').includes(page.name));

function build() {
  if (process.env.LIGHTHOUSE_SKIP_BUILD === 'true') return void compress();
  const run = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('build failed');
  compress();
}

// What production serves: the .br/.gz siblings next to every text asset.
function compress(dir = 'dist/apps/web/browser') {
  spawnSync(process.execPath, ['tools/compress-web.mjs', dir], { cwd: root, stdio: 'ignore' });
}

async function serveMinimal() {
  rmSync(join(root, MINIMAL_DIR), { recursive: true, force: true });
  process.chdir(root);
  await buildMinimal(MINIMAL_DIR);
  compress(`${MINIMAL_DIR}/browser`);
  return serveStatic(join(root, MINIMAL_DIR, 'browser'), PORT + 1);
}

async function startApi(dataDir) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    WEB_DIST_DIR: join(root, 'dist/apps/web/browser'),
    ENCRYPTION_KEYS: `lh:${randomBytes(32).toString('base64')}`,
    COOKIE_SECURE: 'false',
  };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL']) delete env[key];
  const api = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 240; i++) {
    if (api.exitCode !== null) throw new Error(`api exited with ${api.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { api, base };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('api did not become healthy');
}

const post = (base, path, body) => fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function signIn(base, { email, password }) {
  const res = await post(base, '/auth/login', { email, password });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Registers the volunteer and confirms the address through the emailed link (the admin reads the captured mail). */
async function volunteerCookie(base) {
  const { email, password, displayName } = VOLUNTEER;
  const registered = await post(base, '/auth/register', { email, password, displayName, role: 'volunteer', locale: 'de' });
  if (registered.status !== 202) throw new Error(`registration failed: ${registered.status} ${await registered.text()}`);
  const admin = await signIn(base, ADMIN);
  for (let i = 0; i < 60; i++) {
    const list = await (await fetch(`${base}/api/v1/mail?q=${encodeURIComponent(email)}`, { headers: { cookie: admin } })).json();
    if (list.items?.length) {
      const mail = await (await fetch(`${base}/api/v1/mail/${list.items[0].id}`, { headers: { cookie: admin } })).json();
      const token = new URL(mail.text.match(/https?:\/\/\S+\/verify-email\?\S+/)[0]).searchParams.get('token');
      const verified = await post(base, '/auth/verify-email', { token });
      if (!verified.ok) throw new Error(`address confirmation failed: ${verified.status}`);
      return signIn(base, VOLUNTEER);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('no confirmation mail');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(lighthouse, chrome, url, cookie) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) };
  const { lhr } = await lighthouse(url, flags);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  // LIGHTHOUSE_REPORT_DIR keeps each full report (JSON, opens in the Lighthouse viewer) for a closer look.
  if (process.env.LIGHTHOUSE_REPORT_DIR) {
    mkdirSync(process.env.LIGHTHOUSE_REPORT_DIR, { recursive: true });
    writeFileSync(join(process.env.LIGHTHOUSE_REPORT_DIR, `${new URL(url).pathname.replace(/\W/g, '_')}-${Date.now()}.json`), JSON.stringify(lhr));
  }
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
  return {
    perf: Math.round(lhr.categories.performance.score * 100),
    a11y: Math.round(lhr.categories.accessibility.score * 100),
    finalUrl: lhr.finalDisplayedUrl,
    metrics: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id}=${lhr.audits[id].displayValue}`).join(' '),
    failing: failing.map((a) => `${a.id}(${a.score})`).join(' '),
  };
}

/** One run in its own browser, so runs do not share a cache; a broken trace (it happens on a busy machine) is retried once. */
async function auditInFreshChrome(lighthouse, chromeLauncher, url, cookie) {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      return await audit(lighthouse, chrome, url, cookie);
    } catch (error) {
      if (attempt >= 2) throw error;
      console.error(`lighthouse: retrying ${url} after: ${error.message}`);
    } finally {
      await chrome.kill();
    }
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROME_PATH`);
  build();
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const dataDir = mkdtempSync(join(tmpdir(), 'mit-lighthouse-'));
  let api;
  let minimal;
  let failed = false;
  /** Median performance and lowest accessibility of RUNS audits of one address, with the last run's metrics. */
  const auditPage = async (name, url, cookie) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await auditInFreshChrome(lighthouse, chromeLauncher, url, cookie));
    const last = runs[runs.length - 1];
    console.error(`lighthouse ${name}: ${last.finalUrl} perf runs=${runs.map((r) => r.perf).join(',')} ${last.metrics}${last.failing ? ` below 1: ${last.failing}` : ''}`);
    return { perf: median(runs.map((r) => r.perf)), a11y: Math.min(...runs.map((r) => r.a11y)) };
  };
  try {
    minimal = await serveMinimal();
    const ref = await auditPage('minimal Angular app', `${minimal.base}/`);
    const started = await startApi(dataDir);
    api = started.api;
    for (const page of PAGES) {
      const cookie = page.signedIn ? await volunteerCookie(started.base) : undefined;
      const { perf, a11y } = await auditPage(page.name, `${started.base}${page.path}`, cookie);
      console.log(`BENCH lighthouse-${page.name}-perf n=${RUNS} ours=${perf} ref=${ref.perf} ratio=${(perf / ref.perf).toFixed(2)}`);
      console.log(`BENCH lighthouse-${page.name}-a11y n=${RUNS} ours=${a11y} ref=${ref.a11y} ratio=${(a11y / ref.a11y).toFixed(2)}`);
      if (perf < MIN_PERF || a11y < MIN_A11Y) failed = true;
    }
  } finally {
    await minimal?.close();
    api?.kill('SIGTERM');
    await new Promise((r) => (api && api.exitCode === null ? api.once('exit', r) : r()));
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error(`lighthouse: performance must be ≥ ${MIN_PERF} and accessibility ${MIN_A11Y} on every page`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
