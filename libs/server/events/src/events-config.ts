import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, Clock, type AppConfig } from '@miteinander/server-platform';

/** The events area's settings, the county's time zone, and "now" / "today" from the (test-movable) clock. */
@Injectable()
export class EventsConfig {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get rules(): AppConfig['rules']['events'] {
    return this.config.rules.events;
  }

  get timeZone(): string {
    return this.config.reminders.timezone;
  }

  get countyName(): string {
    return this.config.countyName;
  }

  /** The domain of Message-IDs, reused for calendar UIDs. */
  get messageIdDomain(): string {
    return this.config.mail.messageIdDomain;
  }

  now(): Date {
    return this.clock.now();
  }

  /** Today's calendar date in the county (yyyy-mm-dd). */
  today(): string {
    return localDate(this.clock.now(), this.config.reminders.timezone);
  }

  /** A page of the web app, e.g. `rsvp?token=…`. */
  link(path: string, params: Record<string, string> = {}): string {
    const url = new URL(path, `${this.config.http.publicUrl}/`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }
}
