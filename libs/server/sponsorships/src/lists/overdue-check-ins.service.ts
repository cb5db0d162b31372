import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHECK_IN_STATES, type OverdueCheckInItem, type PersonRef, type SponsorshipKind, type SponsorshipState } from '@miteinander/contracts';
import type { User } from '@miteinander/server-identity';
import { SponsorshipConfig } from '../sponsorship-config';

const LIMIT = 200;

/** For the coordinator's start page: check-ins past their due date, the signed-in coordinator's first, then the longest overdue. */
@Injectable()
export class OverdueCheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SponsorshipConfig,
  ) {}

  async list(actor: User): Promise<OverdueCheckInItem[]> {
    const rows: {
      id: string; name: string; kind: SponsorshipKind; state: SponsorshipState; volunteer_id: string | null; volunteer_name: string | null;
      coordinator_id: string | null; coordinator_name: string | null; due: string; days: number;
    }[] = await this.dataSource.query(
      `SELECT s.id, b.name, s.kind, s.state, s.volunteer_id, v.first_name || ' ' || v.last_name AS volunteer_name, s.coordinator_id,
              c.display_name AS coordinator_name, s.next_check_in_due::text AS due, $1::date - s.next_check_in_due AS days
         FROM sponsorships s
         JOIN beneficiaries b ON b.id = s.beneficiary_id
         LEFT JOIN volunteers v ON v.id = s.volunteer_id
         LEFT JOIN users c ON c.id = s.coordinator_id
        WHERE s.next_check_in_due < $1::date AND s.state = ANY($2::text[])
        ORDER BY s.coordinator_id IS DISTINCT FROM $3::uuid, s.next_check_in_due, s.id
        LIMIT ${LIMIT}`,
      [this.config.today(), CHECK_IN_STATES, actor.id],
    );
    const ref = (id: string | null, name: string | null): PersonRef | null => (id ? { id, name: name ?? '' } : null);
    return rows.map((r) => ({
      sponsorshipId: r.id,
      name: r.name,
      kind: r.kind,
      state: r.state,
      volunteer: ref(r.volunteer_id, r.volunteer_name),
      coordinator: ref(r.coordinator_id, r.coordinator_name),
      mine: r.coordinator_id === actor.id,
      dueDate: r.due,
      daysOverdue: r.days,
    }));
  }

  /** Active coordinators (and admins), for the "responsible coordinator" choice and filter. */
  async coordinators(): Promise<PersonRef[]> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, display_name FROM users WHERE active AND roles && ARRAY['coordinator','admin']::text[] ORDER BY display_name, id`,
    );
    return rows.map((r) => ({ id: r.id, name: r.display_name }));
  }
}
