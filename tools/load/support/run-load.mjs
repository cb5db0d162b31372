// Runs every route of the workload as its own autocannon instance at its fixed rate, all at once, and keeps each
// response's latency and status per route (autocannon's own summary has no per-route figures).
import autocannon from 'autocannon';

function track(route) {
  return { name: route.name, latencies: [], s2xx: 0, s4xx: 0, s5xx: 0, other: 0, errors: 0, timeouts: 0, samples4xx: [], samples5xx: [] };
}

function runRoute(url, route, seconds, scale, stats) {
  const rate = Math.max(1, Math.round(route.rate * scale));
  // Enough connections that the rate holds while a response takes up to ~500 ms.
  const connections = Math.max(1, Math.ceil(rate / 2));
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        overallRate: rate,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: route.method,
            setupRequest: (req) => ({ ...req, ...route.setup() }),
            onResponse: (status, body) => {
              if (status >= 400 && status < 600) {
                const samples = status >= 500 ? stats.samples5xx : stats.samples4xx;
                if (samples.length < 3) samples.push(`${status} ${String(body).slice(0, 300)}`);
              }
              route.onResponse?.(status, body);
            },
          },
        ],
      },
      (err, result) => {
        if (err) return fail(err);
        stats.errors = result.errors;
        stats.timeouts = result.timeouts;
        done();
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      stats.latencies.push(ms);
      if (status >= 200 && status < 300) stats.s2xx++;
      else if (status >= 400 && status < 500) stats.s4xx++;
      else if (status >= 500) stats.s5xx++;
      else stats.other++;
    });
  });
}

/** All routes for `seconds`; resolves with each route's statistics. */
export async function runLoad(url, routes, seconds, scale) {
  const stats = routes.map(track);
  await Promise.all(routes.map((route, i) => runRoute(url, route, seconds, scale, stats[i])));
  return stats;
}

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
