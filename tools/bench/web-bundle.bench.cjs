// The web app's initial JavaScript (brotli, quality 11) against a minimal Angular app of the same installed version,
// built with the same builder and production options in the same run. Fails above 150 kB or 2.5× the minimal app.
const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const { join } = require('node:path');
const { buildMinimal } = require('./web-bundle/build-minimal.cjs');
const { measureInitial } = require('./web-bundle/initial-size.cjs');

const root = join(__dirname, '../..');
const MAX_KB = 150;
const MAX_RATIO = 2.5;

async function main() {
  process.chdir(root);
  const web = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'web', '--outputStyle=static'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (web.status !== 0) throw new Error('web build failed');
  const minimalDir = 'dist/bench/web-bundle-minimal';
  rmSync(minimalDir, { recursive: true, force: true });
  await buildMinimal(minimalDir);

  const ours = measureInitial(join(root, 'dist/apps/web/browser'));
  const ref = measureInitial(join(root, minimalDir, 'browser'));
  const kb = (bytes) => bytes / 1000;
  const ratio = ours.brotli / ref.brotli;
  console.log(`BENCH web-bundle n=${ours.files.length} ours=${kb(ours.brotli).toFixed(1)}kB ref=${kb(ref.brotli).toFixed(1)}kB ratio=${ratio.toFixed(2)}`);
  if (kb(ours.brotli) > MAX_KB || ratio > MAX_RATIO) {
    console.error(`web-bundle: initial JavaScript must be ≤ ${MAX_KB} kB brotli and ≤ ${MAX_RATIO}× the minimal app`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
