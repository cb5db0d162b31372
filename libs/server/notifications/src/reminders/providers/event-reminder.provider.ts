import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MAIL_LOCALES, type MailLocale } from '@miteinander/contracts';
import { addDays } from '@miteinander/domain-calendar';
import { eventReminderStage } from '@miteinander/domain-events';
import { localDate } from '@miteinander/domain-reminders';
import { hashToken, newSecretToken } from '@miteinander/server-platform';
import type { DueReminder } from '../reminder-provider';
import { RegisteredReminderProvider } from '../registered-provider';

type Stage = 'week' | 'day' | 'rsvp';

interface Candidate {
  id: string;
  name: string;
  email: string;
  locale: string;
  status: 'invited' | 'accepted';
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  venue_name: string;
  venue_address: string;
  rsvp_deadline: string;
}

/** The first paragraph of the mail: why it comes today. `{date}` is the RSVP deadline. */
const STAGE_TEXTS: Record<Stage, Record<MailLocale, string>> = {
  week: {
    de: 'In einer Woche ist es so weit. Wir freuen uns auf Sie!',
    en: 'It is only one week to go. We look forward to seeing you!',
    ar: 'بقي أسبوع واحد فقط. نتطلع إلى رؤيتك!',
    uk: 'Залишився лише тиждень. Чекаємо на вас!',
    ru: 'Осталась всего неделя. Ждём вас!',
    fa: 'فقط یک هفته مانده است. منتظر دیدارتان هستیم!',
  },
  day: {
    de: 'Morgen ist es so weit. Wir freuen uns auf Sie!',
    en: 'It is tomorrow. We look forward to seeing you!',
    ar: 'الموعد غدًا. نتطلع إلى رؤيتك!',
    uk: 'Це вже завтра. Чекаємо на вас!',
    ru: 'Это уже завтра. Ждём вас!',
    fa: 'فردا روز موعود است. منتظر دیدارتان هستیم!',
  },
  rsvp: {
    de: 'Wir haben noch keine Antwort von Ihnen. Bitte sagen Sie bis zum {date} zu oder ab.',
    en: 'We have not had your answer yet. Please accept or decline by {date}.',
    ar: 'لم نتلقَّ ردك بعد. يرجى القبول أو الاعتذار قبل {date}.',
    uk: 'Ми ще не отримали вашої відповіді. Будь ласка, погодьтеся або відмовтеся до {date}.',
    ru: 'Мы ещё не получили вашего ответа. Пожалуйста, примите или отклоните приглашение до {date}.',
    fa: 'هنوز پاسخ شما را دریافت نکرده‌ایم. لطفاً تا {date} بپذیرید یا رد کنید.',
  },
};

const intlLocale = (locale: MailLocale) => (locale === 'de' ? 'de-DE' : locale === 'en' ? 'en-GB' : locale);
const mailLocale = (locale: string): MailLocale => ((MAIL_LOCALES as readonly string[]).includes(locale) ? (locale as MailLocale) : 'de');

/** "Freitag, 11. Dezember 2026, 18:00–21:00 Uhr" in the recipient's language and the county's time zone. */
function formatWhen(startsAt: Date, endsAt: Date | null, locale: MailLocale, timeZone: string): string {
  const loc = intlLocale(locale);
  const day = new Intl.DateTimeFormat(loc, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(startsAt);
  const time = (d: Date) => new Intl.DateTimeFormat(loc, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  const range = endsAt ? `${time(startsAt)}–${time(endsAt)}` : time(startsAt);
  return locale === 'de' ? `${day}, ${range} Uhr` : `${day}, ${range}`;
}

const formatDay = (day: string, locale: MailLocale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));

/**
 * Daily at 09:00 for recognition events that take place (not cancelled, not begun): one week and one day before,
 * to everyone who accepted; a few days before the RSVP deadline, to everyone who has not answered. Each mail carries
 * a new RSVP link. Reminders already written (a replayed run) are left out before a link is issued, so a replay
 * creates neither a mail nor a token.
 */
@Injectable()
export class EventReminderProvider extends RegisteredReminderProvider {
  readonly kind = 'event-reminder' as const;
  readonly schedule = '0 9 * * *';

  async collectDue(m: EntityManager, now: Date): Promise<DueReminder[]> {
    const timeZone = this.config.reminders.timezone;
    const today = localDate(now, timeZone);
    const rsvpReminderDays = this.config.rules.events.rsvpReminderDays;
    // A generous window (a week and a day plus a day for time zones); the stage rule below decides exactly.
    const horizon = new Date(now.getTime() + 9 * 86_400_000);
    const candidates: Candidate[] = await m.query(
      `SELECT i.id, i.name, i.email, i.locale, i.status, e.title, e.starts_at, e.ends_at, e.venue_name, e.venue_address, e.rsvp_deadline::text AS rsvp_deadline
         FROM event_invitations i JOIN recognition_events e ON e.id = i.event_id
        WHERE e.status = 'invited' AND e.starts_at > $1
          AND ((i.status = 'accepted' AND e.starts_at < $2) OR (i.status = 'invited' AND e.rsvp_deadline = $3::date))
        ORDER BY e.starts_at, i.id`,
      [now, horizon, addDays(today, rsvpReminderDays)],
    );
    const due = candidates.flatMap((c) => {
      const eventDate = localDate(new Date(c.starts_at), timeZone);
      const stage = eventReminderStage({ eventDate, rsvpDeadline: c.rsvp_deadline, today, status: c.status, rsvpReminderDays });
      if (!stage) return [];
      const dueDate = stage === 'rsvp' ? c.rsvp_deadline : eventDate;
      return [{ c, stage, dueDate, key: `${this.kind}:${c.id}-${stage}:${dueDate}` }];
    });
    if (!due.length) return [];
    const written: { dedupe_key: string }[] = await m.query(
      `SELECT dedupe_key FROM outbox WHERE dedupe_key = ANY($1::text[]) UNION SELECT dedupe_key FROM reminder_digest_items WHERE dedupe_key = ANY($1::text[])`,
      [due.map((d) => d.key)],
    );
    const done = new Set(written.map((w) => w.dedupe_key));
    const reminders: DueReminder[] = [];
    for (const { c, stage, dueDate, key } of due) {
      if (done.has(key)) continue;
      const locale = mailLocale(c.locale);
      const token = newSecretToken();
      await m.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ($1, $2, 'rsvp')`, [hashToken(token), c.id]);
      const link = new URL('rsvp', `${this.config.http.publicUrl}/`);
      link.searchParams.set('token', token);
      const when = formatWhen(new Date(c.starts_at), c.ends_at ? new Date(c.ends_at) : null, locale, timeZone);
      const stageText = STAGE_TEXTS[stage][locale].replace('{date}', formatDay(c.rsvp_deadline, locale));
      reminders.push({
        subjectKey: `${c.id}-${stage}`,
        dueDate,
        to: c.email,
        locale,
        template: 'event-reminder',
        vars: { name: c.name, title: c.title, when, venue: [c.venue_name, c.venue_address].filter((s) => s.trim()).join(', '), stage: stageText, link: link.toString() },
        digestLine: `${c.title}, ${when}: ${stageText}`,
      });
    }
    return reminders;
  }
}
