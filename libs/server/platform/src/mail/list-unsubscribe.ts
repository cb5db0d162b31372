import type { OutboxMessage } from '../outbox/outbox-message.entity';
import { PREFERENCES_LINK_VAR } from './mail.service';

/**
 * RFC 2369/8058 headers for reminders: mail programs show an "unsubscribe" button that switches all
 * reminders off with one POST, no sign-in. Mandatory mails (no reminder kind) carry none.
 */
export function listUnsubscribeHeaders(message: Pick<OutboxMessage, 'reminderKind' | 'vars'>): Record<string, string> {
  const link = message.vars?.[PREFERENCES_LINK_VAR];
  if (!message.reminderKind || !link) return {};
  const url = new URL(link);
  const oneClick = new URL('/api/v1/mail-preferences/one-click', url.origin);
  oneClick.searchParams.set('token', url.searchParams.get('token') ?? '');
  return { 'List-Unsubscribe': `<${oneClick.toString()}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
