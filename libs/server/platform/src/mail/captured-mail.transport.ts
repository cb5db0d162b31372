import { Injectable } from '@nestjs/common';
import { MailTransport } from './mail-transport';

/** Embedded mode: the rendered message stays in the outbox table and is read on the admin Mail page. */
@Injectable()
export class CapturedMailTransport extends MailTransport {
  readonly driver = 'captured' as const;
  async send(): Promise<void> {
    // Nothing leaves the machine: marking the row sent is the delivery.
  }
  async isHealthy(): Promise<boolean> {
    return true;
  }
}
