import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import type { PoliceCertificateRules } from '@miteinander/domain-volunteers';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/** The county's configured numbers and calendar, so rules never carry constants and "today" is the county's day. */
@Injectable()
export class PeopleRules {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get policeCertificate(): PoliceCertificateRules {
    return this.config.rules.policeCertificate;
  }

  /** Today's date (yyyy-mm-dd) in the county's time zone (Europe/Berlin), not the server's. */
  today(): string {
    return localDate(new Date(), this.config.reminders.timezone);
  }
}
