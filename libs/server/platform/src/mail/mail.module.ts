import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { OutboxRelay } from '../outbox/outbox-relay';
import { CapturedMailTransport } from './captured-mail.transport';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { SendMailHandler } from './send-mail.handler';
import { SmtpMailTransport } from './smtp-mail.transport';
import { MailTemplateStore } from './template-store';
import { Clock } from '../context/clock';

@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    const transport = config.mail.driver === 'smtp' ? SmtpMailTransport : CapturedMailTransport;
    return {
      module: MailModule,
      providers: [{ provide: MailTransport, useClass: transport }, MailService, MailTemplateStore, OutboxRelay, SendMailHandler, Clock],
      // The clock sits here because this module is global: every area reads the same (test-movable) now.
      exports: [MailService, MailTransport, OutboxRelay, MailTemplateStore, Clock],
    };
  }
}
