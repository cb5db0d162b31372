import type { CardApplicationListItem, CardApplicationStatus, CardEligibilityView, CardState, CardSummary, PublicCardApplicationStatus } from '@miteinander/contracts';
import { cardState } from '@miteinander/domain-cards';

/** An application with its volunteer, its card and its place in the quota queue, as one row. */
export interface ApplicationRow {
  id: string;
  volunteer_id: string;
  volunteer_name: string;
  volunteer_user_id: string | null;
  status: CardApplicationStatus;
  received_at: Date;
  flagged_not_eligible: boolean;
  eligibility: CardEligibilityView;
  declared_allowance_cents: number | null;
  note: string | null;
  renewal_of: string | null;
  rule_set_id: string;
  rule_set_code: string;
  rule_set_name: string;
  rule_set_version: number;
  created_by: string | null;
  created_by_name: string | null;
  approved: boolean | null;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  overrode_eligibility: boolean;
  withdrawn_at: Date | null;
  confirmations_total: number;
  confirmations_pending: number;
  queue_position: number | null;
  card_id: string | null;
  card_number: string | null;
  card_valid_from: string | null;
  card_valid_until: string | null;
  card_revoked: boolean | null;
}

/** The application list and detail read from here; `WHERE` and `ORDER BY` are added by the caller (allow-listed). */
export const APPLICATION_SELECT = `
  SELECT a.id, a.volunteer_id, v.first_name || ' ' || v.last_name AS volunteer_name, v.user_id AS volunteer_user_id,
         a.status, a.received_at, a.flagged_not_eligible, a.eligibility, a.declared_allowance_cents, a.note, a.renewal_of,
         a.rule_set_id, r.code AS rule_set_code, r.name AS rule_set_name, r.version AS rule_set_version,
         a.created_by, cu.display_name AS created_by_name,
         a.approved, a.decision_reason, a.decided_at, a.decided_by, du.display_name AS decided_by_name, a.overrode_eligibility, a.withdrawn_at,
         (SELECT count(*)::int FROM card_confirmations c WHERE c.application_id = a.id) AS confirmations_total,
         (SELECT count(*)::int FROM card_confirmations c WHERE c.application_id = a.id AND c.status = 'pending') AS confirmations_pending,
         CASE WHEN a.status = 'waiting_for_quota' THEN
           (SELECT count(*)::int FROM card_applications w WHERE w.status = 'waiting_for_quota' AND (w.received_at, w.id) <= (a.received_at, a.id))
         END AS queue_position,
         k.id AS card_id, k.card_number, k.valid_from::text AS card_valid_from, k.valid_until::text AS card_valid_until, k.revoked_at IS NOT NULL AS card_revoked
    FROM card_applications a
    JOIN volunteers v ON v.id = a.volunteer_id
    JOIN card_rule_sets r ON r.id = a.rule_set_id
    LEFT JOIN users cu ON cu.id = a.created_by
    LEFT JOIN users du ON du.id = a.decided_by
    LEFT JOIN cards k ON k.application_id = a.id`;

/** A card's columns in the shape cardSummary reads (`WHERE` added by the caller). */
export const CARD_SUMMARY_SELECT = `SELECT id AS card_id, card_number, valid_from::text AS card_valid_from, valid_until::text AS card_valid_until,
                                           revoked_at IS NOT NULL AS card_revoked FROM cards`;

export type CardSummaryRow = Parameters<typeof cardSummary>[0];

export function cardSummary(row: { card_id: string | null; card_number: string | null; card_valid_from: string | null; card_valid_until: string | null; card_revoked: boolean | null }, today: string): CardSummary | null {
  if (!row.card_id) return null;
  const state: CardState = cardState(row.card_valid_until, !!row.card_revoked, today);
  return { id: row.card_id, cardNumber: row.card_number!, validFrom: row.card_valid_from!, validUntil: row.card_valid_until, state };
}

export const OPEN_STATUSES: readonly CardApplicationStatus[] = ['awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota'];

export function toListItem(r: ApplicationRow, today: string): CardApplicationListItem {
  return {
    id: r.id,
    volunteer: { id: r.volunteer_id, name: r.volunteer_name },
    status: r.status,
    receivedAt: new Date(r.received_at).toISOString(),
    flaggedNotEligible: r.flagged_not_eligible,
    confirmationsPending: r.confirmations_pending,
    queuePosition: r.queue_position,
    card: cardSummary(r, today),
  };
}

/** What the applicant sees (status link or their own page): no internal notes, no names of staff. */
export function toPublicStatus(r: ApplicationRow, today: string): PublicCardApplicationStatus {
  return {
    status: r.status,
    receivedAt: new Date(r.received_at).toISOString(),
    confirmationsTotal: r.confirmations_total,
    confirmationsDone: r.confirmations_total - r.confirmations_pending,
    queuePosition: r.queue_position,
    rejectionReason: r.status === 'rejected' ? r.decision_reason : null,
    card: cardSummary(r, today),
    canWithdraw: OPEN_STATUSES.includes(r.status),
  };
}
