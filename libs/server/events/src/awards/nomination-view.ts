import type { EntityManager } from 'typeorm';
import type { NominationView } from '@miteinander/contracts';

interface NominationRow {
  id: string;
  category_id: string;
  volunteer_id: string | null;
  organisation_id: string | null;
  nominee_name: string | null;
  reason: string;
  nominated_by: string | null;
  winner: boolean;
  created_at: Date;
}

/**
 * Nominations with the nominee's name (a volunteer's first and last name, or the organisation's name) and who
 * nominated: the coordinator's display name, or "Contact name (Organisation)" for a nomination through a link.
 */
const SELECT = `
  SELECT n.id, n.category_id, n.volunteer_id, n.organisation_id, n.reason, n.winner, n.created_at,
         CASE WHEN n.volunteer_id IS NOT NULL THEN v.first_name || ' ' || v.last_name ELSE o.name END AS nominee_name,
         COALESCE(u.display_name, c.name || ' (' || co.name || ')') AS nominated_by
    FROM event_nominations n
    JOIN event_award_categories k ON k.id = n.category_id
    LEFT JOIN volunteers v ON v.id = n.volunteer_id
    LEFT JOIN organisations o ON o.id = n.organisation_id
    LEFT JOIN users u ON u.id = n.nominated_by_user
    LEFT JOIN organisation_contacts c ON c.id = n.nominated_by_contact
    LEFT JOIN organisations co ON co.id = c.organisation_id`;

function toView(r: NominationRow): NominationView {
  return {
    id: r.id,
    categoryId: r.category_id,
    nominee: r.volunteer_id ? { kind: 'volunteer', id: r.volunteer_id, name: r.nominee_name ?? '' } : { kind: 'organisation', id: r.organisation_id ?? '', name: r.nominee_name ?? '' },
    reason: r.reason,
    nominatedBy: r.nominated_by ?? '',
    winner: r.winner,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export type NominationScope = { eventId: string } | { nominationId: string } | { eventId: string; contactId: string };

/** The nominations of an event (optionally only one contact's), or a single one; winners first, then oldest first. */
export async function loadNominations(m: EntityManager, scope: NominationScope): Promise<NominationView[]> {
  const [where, params] =
    'nominationId' in scope
      ? ['n.id = $1', [scope.nominationId]]
      : 'contactId' in scope
        ? ['k.event_id = $1 AND n.nominated_by_contact = $2', [scope.eventId, scope.contactId]]
        : ['k.event_id = $1', [scope.eventId]];
  const rows: NominationRow[] = await m.query(`${SELECT} WHERE ${where} ORDER BY n.winner DESC, n.created_at, n.id`, params);
  return rows.map(toView);
}
