import { readFileSync } from 'node:fs';
import { HEARTBEAT_FILE, heartbeatVerdict } from './health/heartbeat-file';

/**
 * `node healthcheck.js [ready|live]`: exit 0 when the worker in this container beats (and, for `ready`,
 * reaches PostgreSQL and Redis). Docker's HEALTHCHECK uses `ready`, the Kubernetes liveness probe `live`.
 */
const mode = process.argv[2] === 'live' ? 'live' : 'ready';
let content: string | null = null;
try {
  content = readFileSync(HEARTBEAT_FILE, 'utf8');
} catch {
  content = null;
}
const verdict = heartbeatVerdict(content, Date.now(), mode);
if (!verdict.ok) console.error(`worker ${mode}: ${verdict.reason}`);
process.exit(verdict.ok ? 0 : 1);
