import type { RawRow } from '@miteinander/domain-reporting';
import { countCell, publishTable, type TableColumnSpec } from '../publish-table';
import type { ReportBuilder } from '../report-context';
import { EVENTS_TEXTS } from './events-texts';

const COLUMNS = ['invited', 'accepted', 'declined', 'waitlisted', 'attended', 'plusOnes'] as const;
type Counts = Record<(typeof COLUMNS)[number], number>;

/**
 * Events: per event that starts in the period (cancelled ones left out), how many were invited, answered, came and
 * brought someone. One statement; events have no municipality, so the filter only earns a note.
 */
export const eventsReport: ReportBuilder = async ({ m, scope, lang }) => {
  const tx = EVENTS_TEXTS[lang];
  const events: ({ id: string; title: string; day: string } & Record<string, unknown>)[] = await m.query(
    `SELECT e.id, e.title, to_char(e.starts_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY') AS day,
            count(i.id) FILTER (WHERE i.invited_at IS NOT NULL AND i.status <> 'removed')::int AS invited,
            count(i.id) FILTER (WHERE i.status = 'accepted')::int AS accepted,
            count(i.id) FILTER (WHERE i.status = 'declined')::int AS declined,
            count(i.id) FILTER (WHERE i.status = 'waitlisted')::int AS waitlisted,
            count(i.id) FILTER (WHERE i.checked_in_at IS NOT NULL)::int AS attended,
            count(i.id) FILTER (WHERE i.status = 'accepted' AND i.plus_one)::int AS "plusOnes"
       FROM recognition_events e
       LEFT JOIN event_invitations i ON i.event_id = e.id
      WHERE e.starts_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Berlin')
        AND e.starts_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')
        AND e.status <> 'cancelled'
      GROUP BY e.id
      ORDER BY e.starts_at, e.id`,
    [scope.from, scope.to],
  );
  const countsOf = (r: Record<string, unknown>): Counts => Object.fromEntries(COLUMNS.map((c) => [c, Number(r[c])])) as Counts;
  const rowOf = (key: string, label: string, counts: Counts): RawRow => ({
    key,
    label,
    cells: Object.fromEntries(COLUMNS.map((c) => [c, countCell(counts[c])])),
  });
  const rows = events.map((e) => rowOf(e.id, `${e.title} (${e.day})`, countsOf(e)));
  const sums = Object.fromEntries(COLUMNS.map((c) => [c, events.reduce((s, e) => s + Number(e[c]), 0)])) as Counts;
  const columns: TableColumnSpec[] = COLUMNS.map((key) => ({ key, label: tx.columns[key], unit: 'count', additive: true }));

  return {
    title: tx.title,
    municipalityNote: scope.municipalityId === null ? null : tx.municipalityNote,
    tables: [publishTable({ key: 'eventsAttendance', ...tx.attendance, chart: 'bar', columns, rows, total: rowOf('total', tx.total, sums) })],
  };
};
