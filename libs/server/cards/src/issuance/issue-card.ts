import type { EntityManager } from 'typeorm';
import type { CardRuleParameters } from '@miteinander/contracts';
import { cardNumber, cardTerm } from '@miteinander/domain-cards';
import { newSecretToken, type MailService } from '@miteinander/server-platform';
import { cardConflict } from '../card-errors';
import { auditUpdate } from '../audit';
import { Card } from '../entities/card.entity';
import { volunteerRecipient } from '../applications/recipient';

export type IssueOutcome = { issued: true; cardId: string; cardNumber: string } | { issued: false; waiting: true };

/** Where the volunteer finds and prints their card. */
export const MY_CARD_PATH = 'my-card';

const dateDe = (d: string) => d.split('-').reverse().join('.');


/**
 * Issues the card of an approved application, inside the caller's transaction. The (rule set, year) counter row
 * is locked first, so parallel issues queue on it: the quota check, the running number and the card insert
 * happen one at a time, and the year's last card goes to exactly one application. With a quota, cards go in
 * order of receipt: while an earlier approved application waits, a later one waits too.
 *
 * `mode`: 'onApproval' lets an application without a free card wait; 'explicit' (a coordinator's "issue now")
 * refuses with 409 instead.
 */
export async function issueCard(
  m: EntityManager,
  mail: MailService,
  app: { id: string; volunteerId: string; receivedAt: Date; ruleSetCode: string; parameters: CardRuleParameters },
  ctx: { today: string; actorId: string | null; mode: 'onApproval' | 'explicit' },
): Promise<IssueOutcome> {
  const term = cardTerm(app.parameters.validity, ctx.today);
  if (!term.ok) throw cardConflict('cardEditionEnded');
  const year = Number(ctx.today.slice(0, 4));
  await m.query(`INSERT INTO card_year_counters (rule_set_code, year) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [app.ruleSetCode, year]);
  const [counter]: { issued: number }[] = await m.query(`SELECT issued FROM card_year_counters WHERE rule_set_code = $1 AND year = $2 FOR UPDATE`, [app.ruleSetCode, year]);
  // Re-read under the lock: a parallel request may have issued or withdrawn it meanwhile.
  const [current]: { status: string }[] = await m.query(`SELECT status FROM card_applications WHERE id = $1`, [app.id]);
  if (current?.status === 'issued') throw cardConflict('cardAlreadyIssued');
  const quota = app.parameters.yearlyQuota;
  if (quota !== null) {
    const [earlier]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM card_applications WHERE status = 'waiting_for_quota' AND id <> $1::uuid AND (received_at, id) < ($2::timestamptz, $1::uuid)`,
      [app.id, app.receivedAt],
    );
    const full = counter!.issued >= quota;
    if (full || earlier!.n > 0) {
      if (ctx.mode === 'explicit') throw cardConflict(full ? 'cardQuotaExhausted' : 'cardEarlierWaiting');
      await m.query(`UPDATE card_applications SET status = 'waiting_for_quota', updated_at = now() WHERE id = $1`, [app.id]);
      await auditUpdate(m, 'card_application', app.id, { status: current?.status }, { status: 'waiting_for_quota' });
      return { issued: false, waiting: true };
    }
  }
  const sequence = counter!.issued + 1;
  await m.query(`UPDATE card_year_counters SET issued = $3 WHERE rule_set_code = $1 AND year = $2`, [app.ruleSetCode, year, sequence]);
  const number = cardNumber(app.parameters.numberPrefix, year, sequence);
  const card = await m.save(
    m.create(Card, {
      applicationId: app.id,
      volunteerId: app.volunteerId,
      ruleSetCode: app.ruleSetCode,
      cardNumber: number,
      validFrom: term.validFrom,
      validUntil: term.validUntil,
      verifyCode: newSecretToken(),
      issuedBy: ctx.actorId,
    }),
  );
  await m.query(`UPDATE card_applications SET status = 'issued', updated_at = now() WHERE id = $1`, [app.id]);
  await auditUpdate(m, 'card_application', app.id, { status: current?.status }, { status: 'issued', cardNumber: number });
  const to = await volunteerRecipient(m, app.volunteerId);
  if (to.email) {
    await mail.queue(m, {
      template: 'card-issued',
      to: to.email,
      locale: to.locale,
      vars: { name: to.firstName, cardNumber: number, validUntil: term.validUntil ? dateDe(term.validUntil) : to.locale === 'de' ? 'unbefristet' : 'no expiry date', link: mail.link(MY_CARD_PATH, {}) },
    });
  }
  return { issued: true, cardId: card.id, cardNumber: number };
}
