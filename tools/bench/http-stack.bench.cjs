// What our HTTP stack (Nest on Fastify + request context + session guard + validation + helmet + rate limit)
// costs per request, against bare Fastify answering the same JSON, measured in the same run on loopback.
require('reflect-metadata');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const Fastify = require('fastify');
const dist = join(__dirname, '../../dist/apps/api');
const { createApp } = require(join(dist, 'apps/api/src/app/create-app.js'));
const { loadConfig } = require(join(dist, 'libs/server/platform/src/index.js'));

const N = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = 20;

async function measure(url) {
  let next = 0;
  const worker = async () => {
    while (next < N) {
      next++;
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    }
  };
  for (let i = 0; i < 200; i++) await (await fetch(url)).arrayBuffer(); // warm-up
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return N / seconds;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'mit-bench-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '10000000', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_RUN_MIGRATIONS: 'true' } : {}) }, 'api');
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const ours = await measure(`${await app.getUrl()}/api/v1/auth/session`.replace('[::1]', '127.0.0.1'));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });

  const bare = Fastify();
  bare.get('/api/v1/auth/session', async () => ({ user: null, csrfToken: null }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const ref = await measure(`http://127.0.0.1:${bare.server.address().port}/api/v1/auth/session`);
  await bare.close();

  console.log(`BENCH http-stack n=${N} ours=${ours.toFixed(0)}req/s ref=${ref.toFixed(0)}req/s ratio=${(ours / ref).toFixed(2)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
