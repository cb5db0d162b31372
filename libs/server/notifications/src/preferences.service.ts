import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DIGESTIBLE_KINDS, ErrorCode, REMINDER_KINDS, type MailPreferencesView, type PreferenceMode, type ReminderKind,
} from '@miteinander/contracts';
import { AppError, hashToken, requestContext } from '@miteinander/server-platform';

/** How long the settings link in a mail keeps working. */
const LINK_VALID_DAYS = 180;

function hideEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local!.slice(0, 2)}***@${domain}`;
}

/** Recipients' choices per reminder kind, by email address (organisation contacts have no account). */
@Injectable()
export class PreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async view(email: string, hide: boolean): Promise<MailPreferencesView> {
    const rows: { kind: ReminderKind; mode: PreferenceMode }[] = await this.dataSource.query(`SELECT kind, mode FROM mail_preferences WHERE email = $1`, [email]);
    return {
      email: hide ? hideEmail(email) : email,
      preferences: REMINDER_KINDS.map((kind) => ({
        kind,
        mode: rows.find((r) => r.kind === kind)?.mode ?? 'instant',
        digestAllowed: DIGESTIBLE_KINDS.includes(kind),
      })),
    };
  }

  async update(email: string, preferences: { kind: ReminderKind; mode: PreferenceMode }[]): Promise<void> {
    const invalid = preferences.findIndex((p) => p.mode === 'digest' && !DIGESTIBLE_KINDS.includes(p.kind));
    if (invalid >= 0) {
      const en = requestContext.current()?.locale === 'en';
      const message = en ? 'A weekly digest is not available for this reminder.' : 'Für diese Erinnerung gibt es keine wöchentliche Zusammenfassung.';
      throw new AppError(400, ErrorCode.Validation, [{ field: `preferences.${invalid}.mode`, message }]);
    }
    await this.dataSource.transaction(async (m) => {
      for (const p of preferences) {
        await m.query(
          `INSERT INTO mail_preferences (email, kind, mode) VALUES ($1, $2, $3)
           ON CONFLICT (email, kind) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
          [email, p.kind, p.mode],
        );
      }
    });
  }

  async unsubscribeAll(email: string): Promise<void> {
    await this.update(email, REMINDER_KINDS.map((kind) => ({ kind, mode: 'off' as const })));
  }

  /** The recipient a settings link was sent to; a wrong or expired link is a 400 with a clear message. */
  async emailForToken(token: string): Promise<string> {
    const rows: { recipient: string }[] = await this.dataSource.query(
      `SELECT recipient FROM outbox WHERE preferences_token_hash = $1 AND created_at > now() - make_interval(days => $2::int)`,
      [hashToken(token), LINK_VALID_DAYS],
    );
    if (!rows[0]) throw new AppError(400, ErrorCode.TokenInvalid);
    return rows[0].recipient;
  }
}
