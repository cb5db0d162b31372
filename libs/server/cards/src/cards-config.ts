import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/** The county's rule set, link lifetimes, and the county's "today" (Europe/Berlin), for the card area. */
@Injectable()
export class CardsConfig {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get rules(): AppConfig['rules']['cards'] {
    return this.config.rules.cards;
  }

  get countyName(): string {
    return this.config.countyName;
  }

  today(now = new Date()): string {
    return localDate(now, this.config.reminders.timezone);
  }
}
