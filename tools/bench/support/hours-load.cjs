// The load generator of the hours-api benchmark, in a process of its own so that it does not share the
// event loop of the server it measures. Input (JSON in argv[2]): url, sessionsFile, seconds, connections, firstRequest.
// Output (one JSON line): requests/s, p99, errors, total and the next request number.
const { readFileSync } = require('node:fs');
const autocannon = require('autocannon');

const { url, sessionsFile, seconds, connections, firstRequest } = JSON.parse(process.argv[2]);
const sessions = JSON.parse(readFileSync(sessionsFile, 'utf8'));
const today = Date.now();

/**
 * Request k: volunteer k mod V on day (k div V) of the last two years, so each volunteer logs at most a few
 * entries per day across all runs and no day reaches the 24 h limit.
 */
let k = firstRequest;
autocannon(
  {
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/hours',
        setupRequest: (req) => {
          const i = k++;
          const s = sessions[i % sessions.length];
          const day = new Date(today - (1 + (Math.floor(i / sessions.length) % 700)) * 86_400_000).toISOString().slice(0, 10);
          const body = JSON.stringify({ activityDate: day, minutes: 15 * (1 + (i % 8)), activity: 'Lernpatenschaft', note: 'Hausaufgaben Mathe' });
          return { ...req, headers: { ...s.headers, 'content-type': 'application/json' }, body };
        },
      },
    ],
  },
  (err, result) => {
    if (err) throw err;
    const errors = result.non2xx + result.errors + result.timeouts;
    process.stdout.write(
      JSON.stringify({ rps: result.requests.average, p99: result.latency.p99, errors, statusCodes: result.statusCodeStats, total: result.requests.total, nextRequest: k }) + '\n',
    );
  },
);
