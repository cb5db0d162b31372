import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, Report, ReportName } from '@miteinander/contracts';
import { Clock, READ_DATA_SOURCE } from '@miteinander/server-platform';
import type { MunicipalityInfo, ReportBuilder, ReportContext } from './report-context';
import { parseReportScope, type ReportScope } from './report-scope';
import { cardsReport } from './cards/cards-report';
import { eventsReport } from './events/events-report';
import { grantsReport } from './grants/grants-report';
import { hoursReport } from './hours/hours-report';
import { sponsorshipsReport } from './sponsorships/sponsorships-report';
import { volunteersReport } from './volunteers/volunteers-report';

export const REPORT_BUILDERS: Record<ReportName, ReportBuilder> = {
  volunteers: volunteersReport,
  sponsorships: sponsorshipsReport,
  hours: hoursReport,
  cards: cardsReport,
  grants: grantsReport,
  events: eventsReport,
};

/**
 * Builds reports from the live tables, read from the replica when there is one (aggregates may lag it by a moment);
 * the same builders feed the web app, the evaluation PDF and its XLSX.
 */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Checks a request's period and municipality (400 naming the field otherwise). */
  async scopeOf(input: Record<string, unknown>, m: EntityManager = this.reads.manager): Promise<ReportScope> {
    const municipalities = await this.municipalities(m);
    return parseReportScope(input, (id) => municipalities.some((x) => x.id === id));
  }

  async build(name: ReportName, scope: ReportScope, locale: Locale, m: EntityManager = this.reads.manager): Promise<Report> {
    const ctx: ReportContext = { m, scope, locale, lang: locale === 'de' ? 'de' : 'en', municipalities: await this.municipalities(m) };
    const built = await REPORT_BUILDERS[name](ctx);
    return {
      name,
      ...built,
      period: { from: scope.from, to: scope.to },
      municipalityId: scope.municipalityId,
      generatedAt: this.clock.now().toISOString(),
    };
  }

  private async municipalities(m: EntityManager): Promise<MunicipalityInfo[]> {
    const rows: { id: number; name: string; lat: number | null; lon: number | null; outside_county: boolean }[] = await m.query(
      `SELECT id, name, lat, lon, outside_county FROM municipalities`,
    );
    // German alphabetical order (Böhlen before Borna), whatever the database's collation; "outside the county" last.
    const collator = new Intl.Collator('de');
    return rows
      .map((r) => ({ id: r.id, name: r.name, lat: r.lat, lon: r.lon, outsideCounty: r.outside_county }))
      .sort((a, b) => Number(a.outsideCounty) - Number(b.outsideCounty) || collator.compare(a.name, b.name));
  }
}
