import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InvitationItem, InvitationStatus, Page } from '@miteinander/contracts';
import { localDate, wallClock } from '@miteinander/domain-reminders';
import { READ_DATA_SOURCE, tableXlsx, type TableColumn } from '@miteinander/server-platform';
import { SqlParams } from '@miteinander/server-people';
import type { AttendanceQueryDto } from '../dto/afterwards.dto';
import { loadEvent } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { ATTENDANCE_SELECT, ATTENDANCE_SORT, attendanceRows, attendanceWhere } from './attendance-rows';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_DE: Record<InvitationStatus, string> = {
  listed: 'Auf der Liste',
  invited: 'Eingeladen',
  accepted: 'Zugesagt',
  declined: 'Abgesagt',
  waitlisted: 'Warteliste',
  removed: 'Entfernt',
};

const yesNo = (v: boolean | null): string => (v === null ? '' : v ? 'Ja' : 'Nein');

/** Excel has no time zones: the cell holds the Berlin wall-clock time, so 18:05 arrival reads 18:05. */
function berlinCell(iso: string | null, timeZone: string): Date | null {
  if (!iso) return null;
  const w = wallClock(new Date(iso), timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
}

/** The attendance list: a page for the screen, and everyone accepted or arrived as an XLSX file (German headers). */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    /** The XLSX export reads the replica when there is one; the page (with check-ins as they happen) the primary. */
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
    private readonly config: EventsConfig,
  ) {}

  async page(eventId: string, query: AttendanceQueryDto): Promise<Page<InvitationItem>> {
    await loadEvent(this.dataSource.manager, eventId);
    const all = query.all === '1' || query.all === 'true';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const p = new SqlParams();
    const where = attendanceWhere(p, eventId, all, query.q);
    const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
    const order = `${ATTENDANCE_SORT[query.sort ?? 'name']} ${dir} NULLS LAST, lower(i.name), i.id`;
    const [{ total }]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM event_invitations i ${where}`, p.values);
    const items = await attendanceRows(this.dataSource.manager, `${ATTENDANCE_SELECT} ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`, p.values);
    return { items, total: Number(total), page, pageSize };
  }

  /** Everyone who accepted or arrived, by name; "Angekommen um" is empty for those who did not come. */
  async xlsx(eventId: string): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    const event = await loadEvent(this.reads.manager, eventId);
    const p = new SqlParams();
    const rows = await attendanceRows(this.reads.manager, `${ATTENDANCE_SELECT} ${attendanceWhere(p, eventId, true)} ORDER BY lower(i.name), i.id`, p.values);
    const tz = this.config.timeZone;
    const columns: TableColumn<InvitationItem>[] = [
      { header: 'Name', value: (r) => r.name, width: 28 },
      { header: 'E-Mail', value: (r) => r.email, width: 30 },
      { header: 'Status', value: (r) => (r.checkedInAt ? 'Angekommen' : STATUS_DE[r.status]), width: 14 },
      { header: 'Begleitperson', value: (r) => (r.plusOne ? r.plusOneName || 'Ja' : ''), width: 22 },
      { header: 'Angekommen um', value: (r) => berlinCell(r.checkedInAt, tz), numFmt: 'dd.mm.yyyy hh:mm', width: 18 },
      { header: 'Barrierefreiheit', value: (r) => r.accessibilityNeeds, width: 30 },
      { header: 'Essen', value: (r) => r.dietaryNeeds, width: 24 },
      { header: 'Fotoeinwilligung', value: (r) => yesNo(r.photoConsent), width: 16 },
    ];
    return { body: await tableXlsx('Anwesenheit', columns, rows), fileName: `Anwesenheit-${localDate(event.startsAt, tz)}.xlsx`, contentType: XLSX };
  }
}
