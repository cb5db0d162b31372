import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MailLocale } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, MailService, type AppConfig } from '@miteinander/server-platform';

/** The weekly digest: one mail per recipient with every reminder they chose to bundle. */
@Injectable()
export class DigestSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Concurrent runs are harmless: the digest's dedupe key (recipient, day) lets only one mail through. */
  async send(now = new Date()): Promise<number> {
    const week = localDate(now, this.config.reminders.timezone);
    let sent = 0;
    await this.dataSource.transaction(async (m) => {
      const groups: { recipient: string; locale: MailLocale; lines: string[]; ids: string[]; name: string | null }[] = await m.query(
        `SELECT d.recipient, min(d.locale) AS locale, array_agg(d.line ORDER BY d.created_at) AS lines, array_agg(d.id::text) AS ids,
                (SELECT u.display_name FROM users u WHERE u.email = d.recipient) AS name
           FROM reminder_digest_items d
          WHERE d.digested_at IS NULL
          GROUP BY d.recipient`,
      );
      for (const g of groups) {
        await this.mail.queue(m, {
          template: 'reminder-digest',
          to: g.recipient,
          locale: g.locale,
          vars: { name: g.name ?? g.recipient.split('@')[0]!, items: g.lines.map((l) => `• ${l}`).join('\n'), count: String(g.lines.length) },
          dedupeKey: `reminder-digest:${g.recipient}:${week}`,
        });
        await m.query(`UPDATE reminder_digest_items SET digested_at = now() WHERE id = ANY($1::bigint[])`, [g.ids]);
        sent++;
      }
    });
    this.mail.afterCommit();
    return sent;
  }
}
