import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName } from '@miteinander/contracts';
import { ReminderScheduler } from '@miteinander/server-notifications';
import { createTestApp, waitFor, type TestApp } from '../../test-support/test-app';

describe('reminder schedulers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query(`INSERT INTO volunteers (first_name, last_name, email, status) VALUES ('Uhr', 'Test', 'uhr@example.org', 'active')`);
  });
  afterAll(() => t.close());

  it('has one schedule per reminder kind plus the weekly digest, in Berlin time', () => {
    const schedules = t.app.get(ReminderScheduler).schedules();
    expect(schedules.map((s) => [s.id, s.pattern])).toEqual([
      ['reminders-hours-nudge', '0 9 1 * *'],
      ['reminders-hours-approval-digest', '0 8 * * 1'],
      ['reminders-police-certificate', '0 8 * * *'],
      ['reminders-sponsorship-checkin', '0 8 * * *'],
      ['reminders-card-expiry', '0 8 * * *'],
      ['reminders-microproject-report', '0 8 * * *'],
      ['reminders-event-reminder', '0 9 * * *'],
      ['reminders-digest', '0 8 * * 1'],
    ]);
  });

  if (process.env['REDIS_URL']) {
    it('registers BullMQ job schedulers once, however many workers start', async () => {
      const scheduler = t.app.get(ReminderScheduler);
      await Promise.all([scheduler.start(), scheduler.start()]);
      const queue = t.app.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
      const registered = await queue.getJobSchedulers();
      expect(registered.map((s) => `${s.key}|${s.pattern}|${s.tz}`).sort()).toEqual([
        'reminders-card-expiry|0 8 * * *|Europe/Berlin',
        'reminders-digest|0 8 * * 1|Europe/Berlin',
        'reminders-event-reminder|0 9 * * *|Europe/Berlin',
        'reminders-hours-approval-digest|0 8 * * 1|Europe/Berlin',
        'reminders-hours-nudge|0 9 1 * *|Europe/Berlin',
        'reminders-microproject-report|0 8 * * *|Europe/Berlin',
        'reminders-police-certificate|0 8 * * *|Europe/Berlin',
        'reminders-sponsorship-checkin|0 8 * * *|Europe/Berlin',
      ]);
    });
  } else {
    it('in embedded mode, runs a kind when its time has come, and only then', async () => {
      const scheduler = t.app.get(ReminderScheduler);
      await scheduler.tick(new Date('2026-12-01T07:58:00Z'));
      await scheduler.tick(new Date('2026-12-01T07:59:30Z')); // 08:59:30 in Berlin: not yet
      await new Promise((r) => setTimeout(r, 300));
      expect(await t.dataSource.query(`SELECT id FROM outbox`)).toEqual([]);
      await scheduler.tick(new Date('2026-12-01T08:00:30Z')); // 09:00 on the 1st has passed
      const rows = await waitFor(async () => {
        const r = await t.dataSource.query(`SELECT template, recipient FROM outbox`);
        return r.length ? r : undefined;
      }, 10_000, 'nudge');
      expect(rows).toEqual([{ template: 'hours-nudge', recipient: 'uhr@example.org' }]);
    });
  }
});
