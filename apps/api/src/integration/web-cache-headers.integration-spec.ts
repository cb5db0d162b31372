import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../test-support/test-app';

// A returning visitor downloads a build's hashed files once; index.html (which names them) is checked every time,
// so a new release shows at the next visit.
describe('caching of the web app', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'mit-web-cache-'));
    mkdirSync(join(webDir, 'media'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Miteinander</title><script src="main-DWIR6ACS.js" type="module"></script>');
    writeFileSync(join(webDir, 'main-DWIR6ACS.js'), 'import "./chunk-fJ6w-YIW.js";');
    writeFileSync(join(webDir, 'main-DWIR6ACS.js.br'), Buffer.from([0x0b, 0x01, 0x80, 0x61, 0x03]));
    writeFileSync(join(webDir, 'chunk-fJ6w-YIW.js'), 'console.log("chunk")');
    writeFileSync(join(webDir, 'media', 'material-icons-JPPR7YUW.woff2'), 'font');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('keeps hashed files for a year and revalidates index.html and unhashed files', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    const cases: [string, Record<string, string>, string][] = [
      ['/main-DWIR6ACS.js', {}, immutable],
      ['/main-DWIR6ACS.js', { 'accept-encoding': 'br' }, immutable],
      ['/chunk-fJ6w-YIW.js', {}, immutable],
      ['/media/material-icons-JPPR7YUW.woff2', {}, immutable],
      ['/', {}, 'no-cache'],
      ['/index.html', {}, 'no-cache'],
      ['/hours/new', {}, 'no-cache'],
      ['/favicon.svg', {}, 'no-cache'],
    ];
    for (const [path, headers, expected] of cases) {
      const res = await t.http().get(path).set(headers);
      expect({ path, headers, status: res.status, cache: res.headers['cache-control'], nosniff: res.headers['x-content-type-options'] }).toEqual({ path, headers, status: 200, cache: expected, nosniff: 'nosniff' });
    }
  });
});
