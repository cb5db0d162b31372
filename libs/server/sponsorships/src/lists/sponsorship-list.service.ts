import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, SponsorshipListItem } from '@miteinander/contracts';
import { SqlParams } from '@miteinander/server-people';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import type { SponsorshipListQueryDto } from '../dto/list.query';
import { SponsorshipConfig } from '../sponsorship-config';
import { listColumns, SPONSORSHIP_FROM, toListItem, type ListRow } from '../views/list-row';
import { orderBy, whereClause } from './list-filters';

/** Waiting list, running and ending-soon sponsorships: one statement per page, one for the count. */
@Injectable()
export class SponsorshipListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SponsorshipConfig,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
  ) {}

  async list(query: SponsorshipListQueryDto): Promise<Page<SponsorshipListItem>> {
    const today = this.config.today();
    const countParams = new SqlParams();
    const countWhere = whereClause(countParams, query, today, this.config.rules.endingSoonDays);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total ${SPONSORSHIP_FROM} ${countWhere}`, countParams.values);
    const items = await this.rows(query, query.pageSize, (query.page - 1) * query.pageSize);
    return { items: items.map(toListItem), total, page: query.page, pageSize: query.pageSize };
  }

  /** Rows in the list's order; the export reads them in slices of `limit` (from `db`: the replica when there is one). */
  async rows(query: SponsorshipListQueryDto, limit: number, offset: number, db: DataSource = this.dataSource): Promise<ListRow[]> {
    const p = new SqlParams();
    const columns = listColumns(p, this.config.today(), this.appConfig.reminders.timezone);
    const where = whereClause(p, query, this.config.today(), this.config.rules.endingSoonDays);
    return db.query(`SELECT ${columns} ${SPONSORSHIP_FROM} ${where} ORDER BY ${orderBy(query)} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
  }
}
