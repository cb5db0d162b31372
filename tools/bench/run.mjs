// `npm run bench` runs every tools/bench/*.bench.cjs; `npm run bench -- <name>` only that one.
// Benchmarks use the compiled server, so the api and the worker are built first (cached by Nx when unchanged).
// Each prints: BENCH <name> n=<size> ours=<v><unit> ref=<v><unit> ratio=<ours/ref>
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here).filter((f) => f.endsWith('.bench.cjs')).map((f) => f.replace('.bench.cjs', ''));
const chosen = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
const unknown = wanted.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', '--outputStyle=static'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
let failed = 0;
for (const name of chosen) {
  const run = spawnSync(process.execPath, [join(here, `${name}.bench.cjs`)], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
