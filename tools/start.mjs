// `npm start`: builds what changed (Nx caches unchanged builds), then runs the API in embedded mode:
// PGlite in ./.data, jobs in-process, mail captured. Extra arguments (e.g. --demo) go to the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const started = Date.now();
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
});
if (build.status !== 0) {
  console.error('Build failed: see the messages above.');
  process.exit(build.status ?? 1);
}
spawnSync(process.execPath, ['tools/compress-web.mjs'], { stdio: 'inherit' });
console.log(`Build ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Miteinander…`);

const nodeArgs = existsSync('.env') ? ['--env-file=.env'] : [];
const server = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/apps/api/src/main.js', ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
