import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an entry's hours were given: the sponsorship's kind, else the organisation's kind, else 'other'. */
const AREA_OF = (e: string) => `coalesce((SELECT s.kind FROM sponsorships s WHERE s.id = ${e}.sponsorship_id), (SELECT o.kind FROM organisations o WHERE o.id = ${e}.organisation_id), 'other')`;

/** One contribution per approved entry and its area, and once more under 'all' (all areas together). */
const contributions = (rows: string, sign: '+' | '-') => `
  SELECT e.volunteer_id, e.activity_date AS day, a.area, ${sign}e.minutes::bigint AS minutes, ${sign}1 AS entries
    FROM ${rows} e CROSS JOIN LATERAL (VALUES (${AREA_OF('e')}), ('all')) AS a(area)
   WHERE e.status = 'approved'`;

/** Bit (day of month − 1): `days` of a volunteer-month has one bit per day with approved hours. */
const DAY_BIT = (day: string) => `(1 << (extract(day FROM ${day})::int - 1))`;

/** Columns of hour_entries whose change moves an entry's contribution. */
const COUNTED = `(volunteer_id, status, minutes, activity_date, sponsorship_id, organisation_id)`;
const CHANGED = `(SELECT %.* FROM old_entries o JOIN new_entries n ON n.id = o.id
                   WHERE (o.status = 'approved' OR n.status = 'approved') AND ${COUNTED.replace(/(\w+)/g, 'o.$1')} IS DISTINCT FROM ${COUNTED.replace(/(\w+)/g, 'n.$1')})`;

/** Hands the contributions of a query (columns volunteer_id, day, area, minutes, entries) to hour_rollup_apply. */
const APPLY = (source: string) => `
     PERFORM hour_rollup_apply(array_agg(c.volunteer_id), array_agg(c.day), array_agg(c.area), array_agg(c.minutes), array_agg(c.entries))
        FROM (${source}) c HAVING count(*) > 0;`;

/**
 * The approved-hours rollup, kept exact by statement-level triggers in the same transaction as every change to
 * hour_entries. Per volunteer, month and area (and area 'all' = all areas together, so distinct volunteers per month
 * need no scan) with a bit per day that had hours (so the volunteers of a part of a month need no scan either); per
 * month, municipality (0 = none) and area the sums and how many volunteer-months they hold; per day, municipality
 * and area the sums. Deltas are summed per key and applied in key order, so a bulk approval is one upsert and
 * concurrent ones lock rows in the same order.
 */
const HOURS_ROLLUP_UP = [
  `CREATE TABLE hour_volunteer_months (
     volunteer_id uuid NOT NULL,
     month date NOT NULL CHECK (extract(day FROM month) = 1),
     area text NOT NULL,
     municipality_id integer,
     minutes bigint NOT NULL,
     entries integer NOT NULL,
     days integer NOT NULL DEFAULT 0,
     PRIMARY KEY (volunteer_id, month, area)
   )`,
  `CREATE INDEX hour_volunteer_months_month_idx ON hour_volunteer_months (month, area) INCLUDE (municipality_id, days)`,
  `CREATE TABLE hour_month_totals (
     month date NOT NULL,
     municipality_key integer NOT NULL,
     area text NOT NULL,
     minutes bigint NOT NULL,
     entries integer NOT NULL,
     volunteers integer NOT NULL,
     PRIMARY KEY (month, municipality_key, area)
   )`,
  `CREATE TABLE hour_day_totals (
     day date NOT NULL,
     municipality_key integer NOT NULL,
     area text NOT NULL,
     minutes bigint NOT NULL,
     entries integer NOT NULL,
     PRIMARY KEY (day, municipality_key, area)
   )`,
  `COMMENT ON TABLE hour_month_totals IS 'Approved hours per month, municipality (0 = none) and area; area ''all'' holds all areas together (do not add it to the others).'`,
  `COMMENT ON TABLE hour_day_totals IS 'Approved hours per day, municipality (0 = none) and area; area ''all'' holds all areas together (do not add it to the others).'`,
  // Applies signed deltas (one element per entry's contribution, any order); the arrays are parallel. Bits of days
  // are added by OR; where a contribution left, the volunteer-month's days are read again from its entries.
  `CREATE FUNCTION hour_rollup_apply(d_volunteer uuid[], d_day date[], d_area text[], d_minutes bigint[], d_entries integer[]) RETURNS void
   LANGUAGE plpgsql AS $$
   BEGIN
     WITH x AS (
       SELECT x.volunteer_id, x.day, date_trunc('month', x.day)::date AS month, x.area, x.minutes, x.entries
         FROM unnest(d_volunteer, d_day, d_area, d_minutes, d_entries) AS x(volunteer_id, day, area, minutes, entries)
     ), d AS (
       SELECT volunteer_id, month, area, sum(minutes)::bigint AS minutes, sum(entries)::int AS entries,
              bit_or(CASE WHEN entries > 0 THEN ${DAY_BIT('day')} ELSE 0 END) AS days
         FROM x GROUP BY 1, 2, 3
     ), up AS (
       INSERT INTO hour_volunteer_months AS h (volunteer_id, month, area, municipality_id, minutes, entries, days)
       SELECT d.volunteer_id, d.month, d.area, (SELECT v.municipality_id FROM volunteers v WHERE v.id = d.volunteer_id), d.minutes, d.entries, d.days
         FROM d ORDER BY d.volunteer_id, d.month, d.area
       ON CONFLICT (volunteer_id, month, area) DO UPDATE
          SET minutes = h.minutes + excluded.minutes, entries = h.entries + excluded.entries, days = h.days | excluded.days
       RETURNING h.volunteer_id, h.month, h.area, h.municipality_id, h.entries
     ), month_totals AS (
       INSERT INTO hour_month_totals AS t (month, municipality_key, area, minutes, entries, volunteers)
       SELECT up.month, coalesce(up.municipality_id, 0), up.area, sum(d.minutes), sum(d.entries),
              sum((up.entries > 0)::int - (up.entries - d.entries > 0)::int)
         FROM up JOIN d ON d.volunteer_id = up.volunteer_id AND d.month = up.month AND d.area = up.area
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
       ON CONFLICT (month, municipality_key, area) DO UPDATE
          SET minutes = t.minutes + excluded.minutes, entries = t.entries + excluded.entries, volunteers = t.volunteers + excluded.volunteers
       RETURNING 1
     )
     INSERT INTO hour_day_totals AS t (day, municipality_key, area, minutes, entries)
     SELECT x.day, coalesce(up.municipality_id, 0), x.area, sum(x.minutes), sum(x.entries)
       FROM x JOIN up ON up.volunteer_id = x.volunteer_id AND up.month = x.month AND up.area = x.area
      GROUP BY 1, 2, 3 HAVING sum(x.minutes) <> 0 OR sum(x.entries) <> 0 ORDER BY 1, 2, 3
     ON CONFLICT (day, municipality_key, area) DO UPDATE SET minutes = t.minutes + excluded.minutes, entries = t.entries + excluded.entries;
     UPDATE hour_volunteer_months h
        SET days = coalesce((SELECT bit_or(${DAY_BIT('e.activity_date')})
                               FROM hour_entries e
                               LEFT JOIN sponsorships s ON s.id = e.sponsorship_id
                               LEFT JOIN organisations o ON o.id = e.organisation_id
                              WHERE e.volunteer_id = h.volunteer_id AND e.activity_date >= h.month AND e.activity_date < (h.month + interval '1 month')::date
                                AND e.status = 'approved' AND (h.area = 'all' OR coalesce(s.kind, o.kind, 'other') = h.area)), 0)
       FROM (SELECT DISTINCT x.volunteer_id, date_trunc('month', x.day)::date AS month, x.area
               FROM unnest(d_volunteer, d_day, d_area, d_entries) AS x(volunteer_id, day, area, entries) WHERE x.entries < 0) k
      WHERE h.volunteer_id = k.volunteer_id AND h.month = k.month AND h.area = k.area AND h.entries > 0;
     DELETE FROM hour_volunteer_months h
      USING unnest(d_volunteer, d_day, d_area) AS x(volunteer_id, day, area)
      WHERE h.volunteer_id = x.volunteer_id AND h.month = date_trunc('month', x.day)::date AND h.area = x.area AND h.entries <= 0;
     DELETE FROM hour_month_totals t
      USING unnest(d_day, d_area) AS x(day, area)
      WHERE t.month = date_trunc('month', x.day)::date AND t.area = x.area AND t.entries <= 0;
     DELETE FROM hour_day_totals t
      USING unnest(d_day, d_area) AS x(day, area)
      WHERE t.day = x.day AND t.area = x.area AND t.entries <= 0;
   END $$`,
  `CREATE FUNCTION hour_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${APPLY(contributions('new_entries', '+'))}
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION hour_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${APPLY(contributions('old_entries', '-'))}
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION hour_rollup_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN ${APPLY(`${contributions(CHANGED.replace('%', 'o'), '-')} UNION ALL ${contributions(CHANGED.replace('%', 'n'), '+')}`)}
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER hour_rollup_insert AFTER INSERT ON hour_entries REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION hour_rollup_on_insert()`,
  `CREATE TRIGGER hour_rollup_update AFTER UPDATE ON hour_entries REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION hour_rollup_on_update()`,
  `CREATE TRIGGER hour_rollup_delete AFTER DELETE ON hour_entries REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION hour_rollup_on_delete()`,
  // An entry's area follows its sponsorship's or organisation's kind: when that changes or the row goes (the entry's
  // reference is then set to null), its approved hours move to the area they fall under from then on. (On a delete
  // the moved entries still point to the row while the old area's days are read again: those bits may stay.)
  `CREATE FUNCTION hour_rollup_on_place_change() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     is_sponsorship boolean := TG_TABLE_NAME = 'sponsorships';
     new_kind text;
   BEGIN
     IF TG_OP = 'UPDATE' THEN new_kind := NEW.kind; END IF;
     ${APPLY(`SELECT e.volunteer_id, e.activity_date AS day, a.area, a.sign * e.minutes::bigint AS minutes, a.sign AS entries
                FROM hour_entries e
                CROSS JOIN LATERAL (VALUES
                  (OLD.kind, -1),
                  (coalesce(new_kind, CASE WHEN is_sponsorship THEN (SELECT o.kind FROM organisations o WHERE o.id = e.organisation_id) END, 'other'), 1)
                ) AS a(area, sign)
               WHERE e.status = 'approved'
                 AND (CASE WHEN is_sponsorship THEN e.sponsorship_id = OLD.id ELSE e.organisation_id = OLD.id AND e.sponsorship_id IS NULL END)`)}
     RETURN OLD;
   END $$`,
  `CREATE TRIGGER hour_rollup_sponsorship_kind AFTER UPDATE OF kind ON sponsorships FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION hour_rollup_on_place_change()`,
  `CREATE TRIGGER hour_rollup_sponsorship_gone BEFORE DELETE ON sponsorships FOR EACH ROW EXECUTE FUNCTION hour_rollup_on_place_change()`,
  `CREATE TRIGGER hour_rollup_organisation_kind AFTER UPDATE OF kind ON organisations FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION hour_rollup_on_place_change()`,
  `CREATE TRIGGER hour_rollup_organisation_gone BEFORE DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION hour_rollup_on_place_change()`,
  // Backfill from the entries there are (the same definitions as the triggers).
  `INSERT INTO hour_volunteer_months (volunteer_id, month, area, municipality_id, minutes, entries, days)
   SELECT c.volunteer_id, date_trunc('month', c.day)::date, c.area, v.municipality_id, sum(c.minutes), count(*), bit_or(${DAY_BIT('c.day')})
     FROM (${contributions('hour_entries', '+')}) c JOIN volunteers v ON v.id = c.volunteer_id
    GROUP BY 1, 2, 3, 4`,
  `INSERT INTO hour_month_totals (month, municipality_key, area, minutes, entries, volunteers)
   SELECT month, coalesce(municipality_id, 0), area, sum(minutes), sum(entries), count(*)
     FROM hour_volunteer_months GROUP BY 1, 2, 3`,
  `INSERT INTO hour_day_totals (day, municipality_key, area, minutes, entries)
   SELECT c.day, coalesce(v.municipality_id, 0), c.area, sum(c.minutes), count(*)
     FROM (${contributions('hour_entries', '+')}) c JOIN volunteers v ON v.id = c.volunteer_id
    GROUP BY 1, 2, 3`,
];

const HOURS_ROLLUP_DOWN = [
  `DROP TRIGGER hour_rollup_organisation_gone ON organisations`,
  `DROP TRIGGER hour_rollup_organisation_kind ON organisations`,
  `DROP TRIGGER hour_rollup_sponsorship_gone ON sponsorships`,
  `DROP TRIGGER hour_rollup_sponsorship_kind ON sponsorships`,
  `DROP TRIGGER hour_rollup_delete ON hour_entries`,
  `DROP TRIGGER hour_rollup_update ON hour_entries`,
  `DROP TRIGGER hour_rollup_insert ON hour_entries`,
  `DROP FUNCTION hour_rollup_on_place_change()`,
  `DROP FUNCTION hour_rollup_on_update()`,
  `DROP FUNCTION hour_rollup_on_delete()`,
  `DROP FUNCTION hour_rollup_on_insert()`,
  `DROP FUNCTION hour_rollup_apply(uuid[], date[], text[], bigint[], integer[])`,
  `DROP TABLE hour_day_totals`,
  `DROP TABLE hour_month_totals`,
  `DROP TABLE hour_volunteer_months`,
];

/**
 * Reporting: evaluation-report exports (the rendered PDF and XLSX with their progress, so any process can answer a
 * poll), and the approved-hours rollups that let hour reports over millions of entries answer in milliseconds.
 */
export class Reporting1764000900000 implements MigrationInterface {
  name = 'Reporting1764000900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        municipality_id integer REFERENCES municipalities(id) ON DELETE SET NULL,
        locale text NOT NULL DEFAULT 'de',
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        step text NOT NULL DEFAULT 'queued',
        error text,
        pdf bytea,
        xlsx bytea,
        requested_by uuid REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Moved on every progress step: a running export that has not moved for minutes lost its worker.
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Which run owns the row: a run that was overtaken by a newer one writes nothing more.
        attempt integer NOT NULL DEFAULT 0,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX report_exports_requested_by_idx ON report_exports (requested_by, created_at DESC)`);
    for (const statement of HOURS_ROLLUP_UP) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of HOURS_ROLLUP_DOWN) await q.query(statement);
    await q.query(`DROP TABLE report_exports`);
  }
}
