import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { JobName } from '@miteinander/contracts';
import { OnJob } from './job-handler.decorator';
import { JobRegistry } from './job-registry';

@Injectable()
class MailHandler {
  sent: string[] = [];
  @OnJob(JobName.SendMail)
  async send(payload: { outboxId: string }): Promise<void> {
    this.sent.push(payload.outboxId);
  }
}

@Injectable()
class SecondMailHandler {
  calls = 0;
  @OnJob(JobName.SendMail)
  async send(): Promise<void> {
    this.calls++;
  }
}

@Injectable()
class ReminderHandlers {
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

async function boot(...providers: (new () => object)[]) {
  @Module({ imports: [DiscoveryModule], providers: [JobRegistry, ReminderHandlers, ...providers] })
  class TestModule {}
  return NestFactory.createApplicationContext(TestModule, { logger: false, abortOnError: false });
}

describe('JobRegistry start-up check', () => {
  it('routes a job to its one handler', async () => {
    const app = await boot(MailHandler);
    await app.get(JobRegistry).run(JobName.SendMail, { outboxId: 'o-1' });
    expect(app.get(MailHandler).sent).toEqual(['o-1']);
    await app.close();
  });

  it('refuses to start when a job name has two handlers', async () => {
    await expect(boot(MailHandler, SecondMailHandler)).rejects.toThrow('Job "mail.send" has more than one handler');
  });

  it('refuses to start when a job name has no handler', async () => {
    await expect(boot()).rejects.toThrow('Jobs without a handler: mail.send');
  });
});
