import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type MailLocale, type RsvpAnswer, type RsvpView } from '@miteinander/contracts';
import { placeAnswer, rsvpOpen, seatsFor } from '@miteinander/domain-events';
import { wallClock } from '@miteinander/domain-reminders';
import { AppError, AuditEntry, MailService, auditDiff, requestContext } from '@miteinander/server-platform';
import { loadEvent, type EventRecord } from '../events/event-record';
import { formatWhen } from '../event-format';
import { EventsConfig } from '../events-config';
import { mailLocaleOf, RSVP_PAGE_PATH } from '../invitations/invitation-mail';
import { issueRsvpToken, lookupToken } from '../invitations/tokens';
import { eventConflict, eventProblemMessage, eventProblemsError } from '../problems';
import { anyoneWaiting, freeSeats, promoteFromWaitlist, waitlistPosition } from './waitlist';
import './messages';

interface InvitationRow {
  id: string;
  event_id: string;
  name: string;
  email: string;
  locale: string;
  status: 'listed' | 'invited' | 'accepted' | 'declined' | 'waitlisted' | 'removed';
  plus_one: boolean;
  plus_one_name: string | null;
  accessibility_needs: string | null;
  dietary_needs: string | null;
  photo_consent: boolean | null;
}

const INVITATION_COLUMNS = `id, event_id, name, email, locale, status, plus_one, plus_one_name, accessibility_needs, dietary_needs, photo_consent`;

/** What an invitee wrote about their needs is personal: the audit trail says that it changed, not to what. */
const REDACTED = new Set(['accessibilityNeeds', 'dietaryNeeds', 'plusOneName']);

/** The sentence in the confirmation mail that says where the invitee stands. */
const ANSWER_TEXTS: Record<'accepted' | 'waitlisted' | 'declined', Record<MailLocale, string>> = {
  accepted: {
    de: 'Sie haben zugesagt. Wir freuen uns auf Sie! Ihren Einlass-Code finden Sie in der Einladung.',
    en: 'You have accepted. We look forward to seeing you! You will find your admission code in the invitation.',
    ar: 'لقد قبلت الدعوة. نتطلع إلى رؤيتك! ستجد رمز الدخول في الدعوة.',
    uk: 'Ви прийняли запрошення. Чекаємо на вас! Код для входу ви знайдете в запрошенні.',
    ru: 'Вы приняли приглашение. Ждём вас! Код для входа вы найдёте в приглашении.',
    fa: 'شما دعوت را پذیرفتید. منتظر دیدارتان هستیم! کد ورود را در دعوت‌نامه پیدا می‌کنید.',
  },
  waitlisted: {
    de: 'Alle Plätze sind vergeben. Sie stehen auf der Warteliste (Platz {position}). Wird ein Platz frei, rücken Sie automatisch nach und bekommen eine E-Mail.',
    en: 'All seats are taken. You are on the waiting list (place {position}). If a seat becomes free, you move up automatically and get an email.',
    ar: 'جميع المقاعد محجوزة. أنت على قائمة الانتظار (المركز {position}). إذا أصبح مقعد متاحًا، ستنتقل تلقائيًا وتتلقى رسالة بريد إلكتروني.',
    uk: 'Усі місця зайняті. Ви в списку очікування (місце {position}). Якщо місце звільниться, ви автоматично отримаєте його та лист.',
    ru: 'Все места заняты. Вы в списке ожидания (место {position}). Если место освободится, вы автоматически его получите и письмо.',
    fa: 'همه جاها پر شده است. شما در فهرست انتظار هستید (جایگاه {position}). اگر جایی خالی شود، به‌طور خودکار جای شما قطعی می‌شود و ایمیل دریافت می‌کنید.',
  },
  declined: {
    de: 'Sie haben abgesagt. Schade, dass Sie nicht kommen können. Wenn sich Ihre Pläne ändern, können Sie bis zur Frist noch zusagen.',
    en: 'You have declined. We are sorry you cannot come. If your plans change, you can still accept until the deadline.',
    ar: 'لقد اعتذرت عن الحضور. يؤسفنا أنك لا تستطيع المجيء. إذا تغيّرت خططك، يمكنك القبول حتى الموعد النهائي.',
    uk: 'Ви відмовилися. Шкода, що ви не зможете прийти. Якщо ваші плани зміняться, ви ще можете погодитися до кінцевого терміну.',
    ru: 'Вы отказались. Жаль, что вы не сможете прийти. Если ваши планы изменятся, вы ещё можете согласиться до крайнего срока.',
    fa: 'شما دعوت را رد کردید. متأسفیم که نمی‌توانید بیایید. اگر برنامه‌تان تغییر کرد، تا مهلت تعیین‌شده هنوز می‌توانید بپذیرید.',
  },
};

/** Free text as stored: trimmed, empty means nothing. */
const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** `yyyy-mm-ddThh:mm` in the county's time zone, as the event form uses it. */
function localDateTime(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/**
 * Answering without an account: the token from the mail is the key. Every answer runs in one transaction under the
 * event's row lock, so parallel acceptances take the last seats one after the other (the rest go on the waiting
 * list in arrival order), and the confirmation mail is written with the answer.
 */
@Injectable()
export class RsvpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: EventsConfig,
  ) {}

  async view(token: string): Promise<RsvpView> {
    return this.dataSource.transaction(async (m) => {
      const invitationId = await this.invitationOf(m, token);
      const invitation = await this.loadInvitation(m, invitationId);
      return this.buildView(m, await loadEvent(m, invitation.event_id), invitation);
    });
  }

  async answer(input: RsvpAnswer): Promise<RsvpView> {
    const view = await this.dataSource.transaction(async (m) => {
      const invitationId = await this.invitationOf(m, input.token);
      const { event_id: eventId } = await this.loadInvitation(m, invitationId);
      const event = await loadEvent(m, eventId, true);
      // Read again under the lock: a parallel answer of the same person may have changed it meanwhile.
      const before = await this.loadInvitation(m, invitationId);
      this.checkOpen(event);
      if (input.plusOne && !event.plusOnesAllowed) throw eventProblemsError([{ field: 'plusOne', rule: 'plusOneNotAllowed' }]);

      const after = input.answer === 'accept' ? await this.accept(m, event, before, input) : await this.decline(m, event, before, input);
      await m.insert(AuditEntry, {
        actorId: requestContext.actorId(),
        action: 'update',
        entity: 'event_invitation',
        entityId: before.id,
        diff: auditDiff(this.auditFields(before), this.auditFields(after), REDACTED) as never,
      });
      // Fewer seats held than before (a decline, a plus-one dropped), or someone in line who now needs less: the
      // waiting list moves up as far as the seats go.
      if (seatsHeld(after) < seatsHeld(before) || after.status === 'waitlisted') await promoteFromWaitlist(m, this.deps, event);
      const fresh = await this.loadInvitation(m, invitationId);
      const result = await this.buildView(m, event, fresh);
      await this.queueConfirmation(m, event, fresh, result.waitlistPosition);
      return result;
    });
    this.mail.afterCommit();
    return view;
  }

  private get deps() {
    return { mail: this.mail, config: this.config };
  }

  /** The invitation a link belongs to: 404 for a forged or mistyped one, 410 for one replaced or withdrawn. */
  private async invitationOf(m: EntityManager, token: string): Promise<string> {
    const found = await lookupToken(m, 'rsvp', token);
    if (found.state === 'unknown') throw new AppError(404, ErrorCode.NotFound, [{ field: 'token', message: eventProblemMessage({ field: 'token', rule: 'linkUnknown' }) }]);
    if (found.state === 'revoked') throw new AppError(410, ErrorCode.TokenInvalid, [{ field: 'token', message: eventProblemMessage({ field: 'token', rule: 'linkReplaced' }) }]);
    return found.invitationId;
  }

  private async loadInvitation(m: EntityManager, id: string): Promise<InvitationRow> {
    const [row]: InvitationRow[] = await m.query(`SELECT ${INVITATION_COLUMNS} FROM event_invitations WHERE id = $1`, [id]);
    if (!row) throw new AppError(404, ErrorCode.NotFound);
    return row;
  }

  /** Answers are possible until the deadline, and only for an event that takes place and has not begun. */
  private checkOpen(event: EventRecord): void {
    if (event.status === 'cancelled') throw eventConflict('rsvpEventCancelled', {}, 'answer');
    if (event.startsAt.getTime() <= this.config.now().getTime()) throw eventConflict('eventPast', {}, 'answer');
    if (!rsvpOpen(event.rsvpDeadline, this.config.today())) throw eventConflict('rsvpClosed', { deadline: event.rsvpDeadline }, 'answer');
  }

  private async accept(m: EntityManager, event: EventRecord, before: InvitationRow, input: RsvpAnswer): Promise<InvitationRow> {
    const plusOne = event.plusOnesAllowed && (input.plusOne ?? before.plus_one);
    const next: InvitationRow = {
      ...before,
      plus_one: plusOne,
      plus_one_name: plusOne ? (input.plusOneName !== undefined ? text(input.plusOneName) : before.plus_one_name) : null,
      accessibility_needs: input.accessibilityNeeds !== undefined ? text(input.accessibilityNeeds) : before.accessibility_needs,
      dietary_needs: input.dietaryNeeds !== undefined ? text(input.dietaryNeeds) : before.dietary_needs,
      photo_consent: input.photoConsent !== undefined ? input.photoConsent : before.photo_consent,
    };
    if (before.status === 'accepted') {
      // Already holding seats: only a plus-one added needs one more, and it must be free.
      const extra = seatsFor(plusOne) - seatsFor(before.plus_one);
      if (extra > 0 && (await freeSeats(m, event)) < extra) throw eventConflict('noSeatForPlusOne', {}, 'plusOne');
      await this.save(m, next, 'keep');
      return next;
    }
    if (before.status === 'waitlisted') {
      // Answering again keeps the place in line.
      await this.save(m, next, 'keep');
      return next;
    }
    // Whoever waits came first: with a waiting list, a newcomer queues behind it even if a seat happens to be free.
    const free = (await anyoneWaiting(m, event.id)) ? 0 : await freeSeats(m, event);
    const status = placeAnswer(free, seatsFor(plusOne));
    const placed: InvitationRow = { ...next, status };
    await this.save(m, placed, status === 'waitlisted' ? 'new' : 'clear');
    return placed;
  }

  private async decline(m: EntityManager, _event: EventRecord, before: InvitationRow, input: RsvpAnswer): Promise<InvitationRow> {
    const next: InvitationRow = {
      ...before,
      status: 'declined',
      plus_one: false,
      plus_one_name: null,
      accessibility_needs: input.accessibilityNeeds !== undefined ? text(input.accessibilityNeeds) : before.accessibility_needs,
      dietary_needs: input.dietaryNeeds !== undefined ? text(input.dietaryNeeds) : before.dietary_needs,
      photo_consent: input.photoConsent !== undefined ? input.photoConsent : before.photo_consent,
    };
    await this.save(m, next, 'clear');
    return next;
  }

  /** Writes the answer; `seq` says what happens to the place on the waiting list. */
  private async save(m: EntityManager, r: InvitationRow, seq: 'keep' | 'new' | 'clear'): Promise<void> {
    const waitlistSeq = seq === 'keep' ? 'waitlist_seq' : seq === 'new' ? `nextval('event_waitlist_seq')` : 'NULL';
    await m.query(
      `UPDATE event_invitations
          SET status = $2, waitlist_seq = ${waitlistSeq}, plus_one = $3, plus_one_name = $4, accessibility_needs = $5, dietary_needs = $6,
              photo_consent = $7, answered_at = $8, updated_at = now()
        WHERE id = $1`,
      [r.id, r.status, r.plus_one, r.plus_one_name, r.accessibility_needs, r.dietary_needs, r.photo_consent, this.config.now()],
    );
  }

  private auditFields(r: InvitationRow): Record<string, unknown> {
    return {
      status: r.status,
      plusOne: r.plus_one,
      plusOneName: r.plus_one_name,
      accessibilityNeeds: r.accessibility_needs,
      dietaryNeeds: r.dietary_needs,
      photoConsent: r.photo_consent,
    };
  }

  /** "Thank you for your answer", with a fresh link to see or change it. */
  private async queueConfirmation(m: EntityManager, event: EventRecord, r: InvitationRow, position: number | null): Promise<void> {
    const locale = mailLocaleOf(r.locale);
    const standing = r.status === 'accepted' || r.status === 'waitlisted' ? r.status : 'declined';
    const token = await issueRsvpToken(m, r.id);
    await this.mail.queue(m, {
      template: 'event-rsvp-received',
      to: r.email,
      locale,
      vars: {
        name: r.name,
        title: event.title,
        when: formatWhen(event.startsAt, event.endsAt, locale, this.config.timeZone),
        answer: ANSWER_TEXTS[standing][locale].replace('{position}', String(position ?? '')),
        link: this.config.link(RSVP_PAGE_PATH, { token }),
      },
    });
  }

  private async buildView(m: EntityManager, event: EventRecord, r: InvitationRow): Promise<RsvpView> {
    const english = requestContext.current()?.locale === 'en';
    const past = event.startsAt.getTime() <= this.config.now().getTime();
    const cancelled = event.status === 'cancelled';
    // A token exists only once the invitation was sent; a listed row seen through it counts as invited.
    const status = r.status === 'listed' || r.status === 'removed' ? 'invited' : r.status;
    return {
      event: {
        kind: event.kind,
        title: event.title,
        startsAt: localDateTime(event.startsAt, this.config.timeZone),
        endsAt: event.endsAt ? localDateTime(event.endsAt, this.config.timeZone) : null,
        venueName: event.venueName,
        venueAddress: event.venueAddress,
        accessibility: event.accessibility,
        description: english ? event.descriptionEn || event.descriptionDe : event.descriptionDe,
        plusOnesAllowed: event.plusOnesAllowed,
        rsvpDeadline: event.rsvpDeadline,
        cancelled,
      },
      name: r.name,
      status,
      waitlistPosition: await waitlistPosition(m, r.id),
      plusOne: r.plus_one,
      plusOneName: r.plus_one_name,
      accessibilityNeeds: r.accessibility_needs,
      dietaryNeeds: r.dietary_needs,
      photoConsent: r.photo_consent,
      canChange: !cancelled && !past && rsvpOpen(event.rsvpDeadline, this.config.today()),
      seatsLeft: await freeSeats(m, event),
    };
  }
}

/** Seats an answer holds: none unless accepted. */
const seatsHeld = (r: InvitationRow): number => (r.status === 'accepted' ? seatsFor(r.plus_one) : 0);
