import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import type { SponsorshipRules } from '@miteinander/domain-sponsorships';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/** The configured sponsorship and police-certificate numbers, and the county's "today". */
@Injectable()
export class SponsorshipConfig {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get rules(): SponsorshipRules {
    return this.config.rules.sponsorships;
  }

  get policeCertificate(): AppConfig['rules']['policeCertificate'] {
    return this.config.rules.policeCertificate;
  }

  today(): string {
    return localDate(new Date(), this.config.reminders.timezone);
  }
}
