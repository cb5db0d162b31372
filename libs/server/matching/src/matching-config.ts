import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/** The police-certificate rules matching checks against, and the county's "today". */
@Injectable()
export class MatchingConfig {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get policeCertificate(): AppConfig['rules']['policeCertificate'] {
    return this.config.rules.policeCertificate;
  }

  today(): string {
    return localDate(new Date(), this.config.reminders.timezone);
  }
}
