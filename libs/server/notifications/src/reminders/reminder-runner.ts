import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DIGESTIBLE_KINDS, type ReminderKind } from '@miteinander/contracts';
import { endOfQuietHours } from '@miteinander/domain-reminders';
import { APP_CONFIG, MailService, type AppConfig } from '@miteinander/server-platform';
import { ReminderRegistry } from './reminder-provider';

export interface RunResult {
  due: number;
  queued: number;
  digested: number;
  suppressed: number;
  duplicates: number;
}

/**
 * One run of one reminder kind: computes what is due and writes outbox rows keyed by
 * (kind, subject, due date). The unique key makes a replayed or concurrent run write nothing twice;
 * during quiet hours the rows wait until the morning.
 */
@Injectable()
export class ReminderRunner {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly registry: ReminderRegistry,
    private readonly mail: MailService,
  ) {}

  async run(kind: ReminderKind, now = new Date()): Promise<RunResult> {
    const provider = this.registry.get(kind);
    const result: RunResult = { due: 0, queued: 0, digested: 0, suppressed: 0, duplicates: 0 };
    if (!provider) return result;
    const notBefore = endOfQuietHours(now, this.config.reminders.quietHours, this.config.reminders.timezone);
    await this.dataSource.transaction(async (m) => {
      const due = await provider.collectDue(m, now);
      result.due = due.length;
      for (const r of due) {
        const dedupeKey = `${kind}:${r.subjectKey}:${r.dueDate}`;
        if (DIGESTIBLE_KINDS.includes(kind) && (await this.mail.preference(m, r.to, kind)) === 'digest') {
          const inserted = await m.query(
            `INSERT INTO reminder_digest_items (recipient, locale, kind, dedupe_key, line) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
            [r.to.toLowerCase(), r.locale, kind, dedupeKey, r.digestLine],
          );
          if (inserted.length) result.digested++;
          else result.duplicates++;
          continue;
        }
        const queued = await this.mail.queue(m, { template: r.template, to: r.to, locale: r.locale, vars: r.vars, dedupeKey, notBefore });
        if (queued.status === 'pending') result.queued++;
        else if (queued.status === 'suppressed') result.suppressed++;
        else result.duplicates++;
      }
    });
    this.mail.afterCommit();
    if (result.due) this.logger.log(`${kind}: ${JSON.stringify(result)}`);
    return result;
  }
}
