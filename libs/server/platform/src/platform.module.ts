import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import type { EntityList } from './database/data-source';
import { QueueModule } from './queue/queue.module';
import { MailModule } from './mail/mail.module';
import { CryptoModule } from './crypto/crypto.module';
import { AuditEntry } from './audit/audit-entry.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { MailTemplateVersion } from './mail/mail-template.entity';

export const PLATFORM_ENTITIES = [AuditEntry, OutboxMessage, MailTemplateVersion];

/** Config, database, queue and mail: the engine every area module runs on. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, areaEntities: EntityList): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        CryptoModule.forRoot(config),
        DatabaseModule.forRoot([...PLATFORM_ENTITIES, ...(areaEntities as never[])]),
        QueueModule.forRoot(config),
        MailModule.forRoot(config),
      ],
    };
  }
}
