import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLocale, MailTemplateName, ReminderKind } from '@miteinander/contracts';

/** One reminder that is due: written once per (kind, subject, due date), whatever happens. */
export interface DueReminder {
  /** What the reminder is about, e.g. a volunteer's or sponsorship's id. */
  subjectKey: string;
  /** The calendar date it is due for (YYYY-MM-DD, Europe/Berlin). */
  dueDate: string;
  to: string;
  locale: MailLocale;
  template: MailTemplateName;
  vars: Record<string, string>;
  /** One line for the weekly digest, in the recipient's language. */
  digestLine: string;
}

/** A reminder kind: when its scheduler runs (cron, in the reminder time zone) and what is due at a moment. */
export interface ReminderProvider {
  readonly kind: ReminderKind;
  readonly schedule: string;
  collectDue(manager: EntityManager, now: Date): Promise<DueReminder[]>;
}

/** Later areas (sponsorships, police certificates, cards, micro-projects, events) register their providers here. */
@Injectable()
export class ReminderRegistry {
  private readonly providers = new Map<ReminderKind, ReminderProvider>();

  register(provider: ReminderProvider): void {
    if (this.providers.has(provider.kind)) throw new Error(`Reminder kind "${provider.kind}" has two providers`);
    this.providers.set(provider.kind, provider);
  }

  get(kind: ReminderKind): ReminderProvider | undefined {
    return this.providers.get(kind);
  }

  all(): ReminderProvider[] {
    return [...this.providers.values()];
  }
}
