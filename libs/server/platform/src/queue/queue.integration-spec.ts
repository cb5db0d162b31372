import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, QueueName } from '@miteinander/contracts';
import { loadConfig } from '../config/app-config';
import { PlatformModule } from '../platform.module';
import { MailService } from '../mail/mail.service';
import { JobQueue } from './job-queue';
import { OnJob } from './job-handler.decorator';

/** This file is about the mail queue; the reminder and report jobs (other modules) get handlers that do nothing. */
@Injectable()
class ReminderJobsNotUnderTest {
  @OnJob(JobName.RunReminders)
  async run(): Promise<void> {
    return undefined;
  }
  @OnJob(JobName.SendDigests)
  async digest(): Promise<void> {
    return undefined;
  }
  @OnJob(JobName.RenderEvaluation)
  async render(): Promise<void> {
    return undefined;
  }
  @OnJob(JobName.RunRetention)
  async retention(): Promise<void> {
    return undefined;
  }
}

@Module({ providers: [ReminderJobsNotUnderTest] })
class ReminderJobsModule {}

// BullMQ needs a Redis server: it runs wherever REDIS_URL is set (CI's services run); the inline driver always.
const drivers = process.env['REDIS_URL'] ? (['inline', 'bullmq'] as const) : (['inline'] as const);

describe.each(drivers)('%s queue driver', (driver) => {
  let app: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    const config = loadConfig(
      {
        NODE_ENV: 'test',
        DATABASE_URL: process.env['TEST_DATABASE_URL'],
        DATABASE_POOL_SIZE: process.env['TEST_DATABASE_KIND'] === 'embedded' ? '1' : '4',
        OUTBOX_POLL_MS: '60000',
        ...(driver === 'bullmq' ? { REDIS_URL: process.env['REDIS_URL'], QUEUE_PREFIX: `test-queue-${process.pid}-${Date.now()}` } : {}),
      },
      'all',
    );
    app = await NestFactory.createApplicationContext(
      { module: ReminderJobsModule, imports: [PlatformModule.forRoot(config, [])] },
      { logger: ['error'] },
    );
    await app.init();
    dataSource = app.get(DataSource);
    await dataSource.query(`TRUNCATE outbox`);
  });
  afterAll(() => app.close());

  async function outboxRow(id: string): Promise<{ status: string; attempts: number }> {
    const [row] = await dataSource.query(`SELECT status, attempts FROM outbox WHERE id = $1`, [id]);
    return row;
  }

  async function waitSent(id: string): Promise<{ status: string; attempts: number }> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const row = await outboxRow(id);
      if (row.status === 'sent' || Date.now() > deadline) return row;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('delivers a queued mail once, even when the same job is enqueued twice', async () => {
    const mail = app.get(MailService);
    const { id } = await dataSource.transaction((m) =>
      mail.queue(m, { template: 'verify-email', to: `${driver}@example.org`, locale: 'de', vars: { name: 'Q', link: 'http://x/verify-email?token=t' } }),
    ) as { id: string };
    const queue = app.get(JobQueue);
    expect(queue.driver).toBe(driver);
    await queue.enqueue(JobName.SendMail, { outboxId: id }, { jobId: `outbox-${id}` });
    await queue.enqueue(JobName.SendMail, { outboxId: id }, { jobId: `outbox-${id}` });
    expect(await waitSent(id)).toEqual({ status: 'sent', attempts: 1 });

    // A replay after completion (e.g. the sweeper) changes nothing: the handler is idempotent.
    await queue.enqueue(JobName.SendMail, { outboxId: id }, { jobId: `outbox-${id}-replay` });
    await new Promise((r) => setTimeout(r, 300));
    expect(await outboxRow(id)).toEqual({ status: 'sent', attempts: 1 });

    if (driver === 'bullmq') {
      const bull = app.get<Queue>(getQueueToken(QueueName.Mail), { strict: false });
      expect(await bull.getJobCountByTypes('completed')).toBe(2);
    }
  });

  it('a mail written in a rolled-back transaction is never sent', async () => {
    const mail = app.get(MailService);
    await expect(
      dataSource.transaction(async (m) => {
        await mail.queue(m, { template: 'verify-email', to: 'rollback@example.org', locale: 'de', vars: { name: 'R', link: 'l' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dataSource.query(`SELECT id FROM outbox WHERE recipient = 'rollback@example.org'`)).toEqual([]);
  });
});
