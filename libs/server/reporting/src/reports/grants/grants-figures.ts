import type { EntityManager } from 'typeorm';
import { FIELDS_OF_ACTION, type FieldOfAction } from '@miteinander/contracts';
import type { ReportScope } from '../report-scope';

/** The figures of one field of action in one municipality (null: not stated on the form). */
export interface GrantGroup {
  field: FieldOfAction | null;
  municipalityId: number | null;
  submitted: number;
  requestedCents: number;
  approved: number;
  approvedCents: number;
  /** Applications with at least one payment in the period, and the sum of those payments. */
  paid: number;
  paidCents: number;
}

/**
 * One statement: every non-draft application once (so several payments never count it twice), grouped by field of
 * action and municipality. Every application lies in exactly one group, so the groups add up to the totals.
 * Payments count by their payment date, whenever the application was submitted.
 */
export async function grantGroups(m: EntityManager, scope: ReportScope): Promise<GrantGroup[]> {
  const rows: Record<string, string | number | null>[] = await m.query(
    `WITH bounds AS (
       SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AS t0, (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin') AS t1
     ),
     paid AS (
       SELECT p.application_id, sum(p.amount_cents)::bigint AS cents
         FROM grant_payments p
        WHERE p.paid_on BETWEEN $1::date AND $2::date
        GROUP BY p.application_id
     ),
     apps AS (
       SELECT CASE WHEN a.data->>'fieldOfAction' = ANY($4::text[]) THEN a.data->>'fieldOfAction' END AS field,
              CASE WHEN jsonb_typeof(a.data->'municipalityId') = 'number' THEN (a.data->>'municipalityId')::int END AS municipality_id,
              (a.submitted_at >= b.t0 AND a.submitted_at < b.t1) AS submitted_in,
              (a.approved_cents IS NOT NULL AND a.decided_at >= b.t0 AND a.decided_at < b.t1) AS approved_in,
              a.requested_cents, a.approved_cents, paid.cents AS paid_cents
         FROM grant_applications a
        CROSS JOIN bounds b
         LEFT JOIN paid ON paid.application_id = a.id
        WHERE a.status <> 'draft'
          AND ((a.submitted_at >= b.t0 AND a.submitted_at < b.t1) OR (a.decided_at >= b.t0 AND a.decided_at < b.t1) OR paid.cents IS NOT NULL)
     )
     SELECT field, municipality_id,
            count(*) FILTER (WHERE submitted_in)::int AS submitted,
            coalesce(sum(requested_cents) FILTER (WHERE submitted_in), 0)::bigint AS requested_cents,
            count(*) FILTER (WHERE approved_in)::int AS approved,
            coalesce(sum(approved_cents) FILTER (WHERE approved_in), 0)::bigint AS approved_cents,
            count(paid_cents)::int AS paid,
            coalesce(sum(paid_cents), 0)::bigint AS paid_cents
       FROM apps
      WHERE $3::int IS NULL OR municipality_id = $3::int
      GROUP BY field, municipality_id`,
    [scope.from, scope.to, scope.municipalityId, [...FIELDS_OF_ACTION]],
  );
  return rows.map((r) => ({
    field: (r['field'] as FieldOfAction | null) ?? null,
    municipalityId: r['municipality_id'] === null ? null : Number(r['municipality_id']),
    submitted: Number(r['submitted']),
    requestedCents: Number(r['requested_cents']),
    approved: Number(r['approved']),
    approvedCents: Number(r['approved_cents']),
    paid: Number(r['paid']),
    paidCents: Number(r['paid_cents']),
  }));
}
