import type { EntityManager } from 'typeorm';
import type { ReportScope } from '../report-scope';

export type CardFigure = 'applications' | 'issued' | 'rejected';

/** The period as instants: from the start of its first county day to the start of the day after its last. */
const PERIOD = (col: string) => `${col} >= ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AND ${col} < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const MONTH = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')`;
const IN_MUNICIPALITY = `($3::int IS NULL OR v.municipality_id = $3::int)`;

/** Applications received, cards issued and applications rejected, per county month of the period. */
export async function cardsPerMonth(m: EntityManager, scope: ReportScope): Promise<{ figure: CardFigure; month: string; n: number }[]> {
  return m.query(
    `SELECT 'applications' AS figure, ${MONTH('a.received_at')} AS month, count(*)::int AS n
       FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id
      WHERE ${PERIOD('a.received_at')} AND ${IN_MUNICIPALITY} GROUP BY 2
     UNION ALL
     SELECT 'issued', ${MONTH('c.issued_at')}, count(*)::int
       FROM cards c JOIN volunteers v ON v.id = c.volunteer_id
      WHERE ${PERIOD('c.issued_at')} AND ${IN_MUNICIPALITY} GROUP BY 2
     UNION ALL
     SELECT 'rejected', ${MONTH('a.decided_at')}, count(*)::int
       FROM card_applications a JOIN volunteers v ON v.id = a.volunteer_id
      WHERE a.status = 'rejected' AND ${PERIOD('a.decided_at')} AND ${IN_MUNICIPALITY} GROUP BY 2`,
    [scope.from, scope.to, scope.municipalityId],
  );
}

/** Cards issued in the period and cards valid on its last day, per municipality of the volunteer (null: none stated). */
export async function cardsPerMunicipality(m: EntityManager, scope: ReportScope): Promise<{ municipality_id: number | null; issued: number; valid: number }[]> {
  return m.query(
    `WITH c AS (
       SELECT v.municipality_id,
              ${PERIOD('c.issued_at')} AS issued,
              c.valid_from <= $2::date AND (c.valid_until IS NULL OR c.valid_until >= $2::date)
                AND (c.revoked_at IS NULL OR c.revoked_at >= (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')) AS valid
         FROM cards c JOIN volunteers v ON v.id = c.volunteer_id
        WHERE c.issued_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin') AND ${IN_MUNICIPALITY})
     SELECT municipality_id, count(*) FILTER (WHERE issued)::int AS issued, count(*) FILTER (WHERE valid)::int AS valid
       FROM c GROUP BY 1 HAVING count(*) FILTER (WHERE issued OR valid) > 0`,
    [scope.from, scope.to, scope.municipalityId],
  );
}
