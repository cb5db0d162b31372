import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { HoursLockView } from '@miteinander/contracts';
import { isInFuture, todayIn } from '@miteinander/domain-hours';
import { APP_CONFIG, invalid, type AppConfig } from '@miteinander/server-platform';
import { HoursPeriodLock } from './entities/hours-period-lock.entity';

/** The coordinator's closed periods: one date up to which no entry may be added or changed. */
@Injectable()
export class PeriodLockService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async lockedThrough(m: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { locked_through: string }[] = await m.query(`SELECT locked_through::text AS locked_through FROM hours_period_lock`);
    return rows[0]?.locked_through ?? null;
  }

  async view(m: EntityManager = this.dataSource.manager): Promise<HoursLockView> {
    const rows: { locked_through: string; locked_at: Date; locked_by: string | null }[] = await m.query(
      `SELECT l.locked_through::text AS locked_through, l.locked_at, u.display_name AS locked_by
         FROM hours_period_lock l LEFT JOIN users u ON u.id = l.locked_by`,
    );
    const r = rows[0];
    return r ? { lockedThrough: r.locked_through, lockedAt: new Date(r.locked_at).toISOString(), lockedBy: r.locked_by } : { lockedThrough: null, lockedAt: null, lockedBy: null };
  }

  /** Closes every period up to `lockedThrough` (not in the future), or reopens all with null. Audited. */
  async set(actorId: string, lockedThrough: string | null): Promise<HoursLockView> {
    if (lockedThrough && isInFuture(lockedThrough, todayIn(new Date(), this.config.reminders.timezone))) {
      throw invalid({ field: 'lockedThrough', rule: 'dateInFuture' });
    }
    return this.dataSource.transaction(async (m) => {
      const current = await m.findOne(HoursPeriodLock, { where: { id: true }, lock: { mode: 'pessimistic_write' } });
      if (lockedThrough === null) {
        if (current) await m.remove(current);
      } else {
        const lock = current ?? m.create(HoursPeriodLock, { id: true });
        lock.lockedThrough = lockedThrough;
        lock.lockedBy = actorId;
        lock.lockedAt = new Date();
        await m.save(lock);
      }
      return this.view(m);
    });
  }
}
