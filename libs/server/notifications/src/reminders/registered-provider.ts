import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReminderKind } from '@miteinander/contracts';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { ReminderRegistry, type DueReminder, type ReminderProvider } from './reminder-provider';

/**
 * The base of a reminder kind's provider: it registers itself with the engine when the module starts and
 * has the configuration at hand. A kind only says when it runs and what is due.
 */
@Injectable()
export abstract class RegisteredReminderProvider implements ReminderProvider, OnModuleInit {
  abstract readonly kind: ReminderKind;
  abstract readonly schedule: string;

  constructor(
    @Inject(APP_CONFIG) protected readonly config: AppConfig,
    private readonly registry: ReminderRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  abstract collectDue(manager: EntityManager, now: Date): Promise<DueReminder[]>;
}
