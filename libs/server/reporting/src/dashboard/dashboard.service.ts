import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WORK_KINDS, type CoordinatorToday, type Locale, type WorkKind, type WorkQueue } from '@miteinander/contracts';
import { localDate } from '@miteinander/domain-reminders';
import { APP_CONFIG, Clock, type AppConfig } from '@miteinander/server-platform';
import { detailTexts } from './detail-texts';
import { cardApplications } from './queries/card-applications';
import { failedMails } from './queries/failed-mails';
import { grantPrecheck } from './queries/grant-precheck';
import { grantReportsOverdue } from './queries/grant-reports-overdue';
import { hoursToApprove } from './queries/hours-to-approve';
import { overdueCheckIns } from './queries/overdue-check-ins';
import type { QueueContext, QueueQuery } from './queries/queue-context';
import { upcomingEvents } from './queries/upcoming-events';
import { waitingRequests } from './queries/waiting-requests';

const QUERIES: Record<WorkKind, QueueQuery> = {
  overdueCheckIns,
  waitingRequests,
  hoursToApprove,
  cardApplications,
  grantPrecheck,
  grantReportsOverdue,
  upcomingEvents,
  failedMails,
};

/** The coordinator's start page: each queue's count and most urgent items, in the contract's order. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async today(locale: Locale): Promise<CoordinatorToday> {
    const now = this.clock.now();
    const timeZone = this.config.reminders.timezone;
    const ctx: QueueContext = { m: this.dataSource.manager, today: localDate(now, timeZone), now, timeZone, texts: detailTexts(locale) };
    const queues: WorkQueue[] = [];
    // One after the other: the embedded database has a single connection, and eight small queries are fast anyway.
    for (const kind of WORK_KINDS) queues.push(await QUERIES[kind](ctx));
    return { today: ctx.today, queues };
  }
}
