import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { MailboxController } from './mailbox.controller';

@Module({ controllers: [AuditLogController, MailboxController] })
export class AdminModule {}
