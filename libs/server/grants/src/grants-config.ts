import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';

/** Where attachments live, how large they may be, and the county's "today" (Europe/Berlin), for the grants area. */
@Injectable()
export class GrantsConfig {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get rules(): AppConfig['rules']['grants'] {
    return this.config.rules.grants;
  }

  get countyName(): string {
    return this.config.countyName;
  }

  get publicUrl(): string {
    return this.config.http.publicUrl;
  }

  today(now = new Date()): string {
    return localDate(now, this.config.reminders.timezone);
  }
}
