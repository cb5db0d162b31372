import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CardReport, CardReportGroup, CardReportQuery, CardReportRow } from '@miteinander/contracts';
import { cardEligibility, factWindows, reportGroup } from '@miteinander/domain-cards';
import { CardsConfig } from '../cards-config';
import { RuleSetsService, type RuleSetInForce } from '../rules/rule-sets.service';
import { reasonViews } from './eligibility-view';
import { factsParams, factsSql, toFacts, type FactsRow } from './facts.sql';

const ALL = factsSql('all');
const OPEN = `('awaiting_confirmation', 'ready_for_decision', 'waiting_for_quota')`;

/** A report row plus what it is filtered by but not shown. */
export type ReportRow = CardReportRow & { municipalityId: number | null };

type Sortable = Required<Pick<CardReportQuery, 'sort' | 'direction'>>;

// One collator for all comparisons: localeCompare with a locale builds one per call (seconds for 100,000 rows).
const GERMAN = new Intl.Collator('de');

const compareNullable = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

function sorter({ sort, direction }: Sortable): (a: CardReportRow, b: CardReportRow) => number {
  const dir = direction === 'desc' ? -1 : 1;
  const key = (r: CardReportRow): string | number | null => {
    switch (sort) {
      case 'countedMinutes':
        return r.countedMinutes;
      case 'activeSince':
        return r.activeSince;
      case 'projectedEligibleOn':
        return r.projectedEligibleOn;
      default:
        return null;
    }
  };
  const byName = (a: CardReportRow, b: CardReportRow) => GERMAN.compare(a.volunteer.name, b.volunteer.name);
  return (a, b) => (sort === 'name' ? dir * byName(a, b) : dir * compareNullable(key(a), key(b)) || byName(a, b));
}

/**
 * The eligibility report over every volunteer who has not left: the facts of all of them in one set-based
 * statement, the pure rules per row in memory, then filter, sort and page. Counts per group are over everyone.
 */
@Injectable()
export class EligibilityReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RuleSetsService,
    private readonly config: CardsConfig,
  ) {}

  /** `db`: the export passes the replica when there is one; the page reads the primary. */
  async rows(db: DataSource = this.dataSource): Promise<{ rules: RuleSetInForce; rows: ReportRow[] }> {
    const today = this.config.today();
    const rules = await this.rules.county(db.manager, today);
    const windows = factWindows(rules.parameters.hours.window, today);
    const [facts, open, cards]: [FactsRow[], { volunteer_id: string }[], { volunteer_id: string }[]] = await Promise.all([
      db.query(ALL, factsParams(windows)),
      db.query(`SELECT volunteer_id FROM card_applications WHERE status IN ${OPEN}`),
      db.query(`SELECT DISTINCT volunteer_id FROM cards WHERE revoked_at IS NULL AND (valid_until IS NULL OR valid_until >= $1::date)`, [today]),
    ]);
    const withOpen = new Set(open.map((r) => r.volunteer_id));
    const withCard = new Set(cards.map((r) => r.volunteer_id));
    const rows = facts.map((f): ReportRow => {
      const result = cardEligibility(rules.parameters, toFacts(f), today);
      return {
        volunteer: { id: f.id, name: `${f.first_name} ${f.last_name}` },
        municipalityName: f.municipality_name,
        municipalityId: f.municipality_id,
        group: reportGroup(result, today),
        mainReason: reasonViews(result)[0] ?? null,
        countedMinutes: result.countedMinutes,
        requiredMinutes: result.requiredMinutes,
        activeSince: result.activeSince,
        projectedEligibleOn: result.projectedEligibleOn,
        hasCard: withCard.has(f.id),
        hasOpenApplication: withOpen.has(f.id),
      };
    });
    return { rules, rows };
  }

  /** Filtered and sorted, without paging (the export uses it too). */
  async filtered(query: CardReportQuery, db: DataSource = this.dataSource): Promise<{ rules: RuleSetInForce; all: ReportRow[]; rows: ReportRow[] }> {
    const { rules, rows: all } = await this.rows(db);
    const q = query.q?.trim().toLocaleLowerCase('de-DE');
    const rows = all
      .filter(
        (r) =>
          (!query.group || r.group === query.group) &&
          (!query.reason || r.mainReason?.reason === query.reason) &&
          (query.municipalityId === undefined || r.municipalityId === query.municipalityId) &&
          (!q || r.volunteer.name.toLocaleLowerCase('de-DE').includes(q)),
      )
      .sort(sorter({ sort: query.sort ?? 'name', direction: query.direction ?? 'asc' }));
    return { rules, all, rows };
  }

  async report(query: CardReportQuery): Promise<CardReport> {
    const { rules, all, rows } = await this.filtered(query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const counts: Record<CardReportGroup, number> = { eligible: 0, soon: 0, notEligible: 0 };
    for (const r of all) counts[r.group] += 1;
    return {
      items: rows.slice((page - 1) * pageSize, page * pageSize).map(({ municipalityId: _, ...shown }) => shown),
      total: rows.length,
      page,
      pageSize,
      counts,
      ruleSet: { code: rules.code, name: rules.name, version: rules.version },
    };
  }
}
