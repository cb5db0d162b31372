import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { rename, rm, writeFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { JobQueue } from '@miteinander/server-platform';
import { HEARTBEAT_FILE, HEARTBEAT_INTERVAL_MS, type Heartbeat } from './heartbeat-file';

const CHECK_TIMEOUT_MS = 5_000;

const within = (check: Promise<boolean>): Promise<boolean> =>
  Promise.race([check.catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(false), CHECK_TIMEOUT_MS).unref())]);

/**
 * The worker has no HTTP port, so it proves it is alive with a file: every 10 s it checks PostgreSQL and
 * Redis and writes the result with the time (`healthcheck.js` reads it for Docker and Kubernetes).
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerHeartbeat');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await rm(HEARTBEAT_FILE, { force: true });
  }

  private async beat(): Promise<void> {
    const [database, queue] = await Promise.all([within(this.dataSource.query('SELECT 1').then(() => true)), within(this.queue.isHealthy())]);
    const beat: Heartbeat = { at: Date.now(), database, queue };
    // Written aside and renamed, so the health check never reads half a file.
    const tmp = `${HEARTBEAT_FILE}.${process.pid}`;
    try {
      await writeFile(tmp, JSON.stringify(beat));
      await rename(tmp, HEARTBEAT_FILE);
    } catch (error) {
      this.logger.error(`Cannot write the heartbeat file ${HEARTBEAT_FILE}: ${(error as Error).message}`);
    }
  }
}
