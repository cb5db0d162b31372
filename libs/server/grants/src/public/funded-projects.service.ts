import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FieldOfAction, FundedProject } from '@miteinander/contracts';

/** Approved and onwards; a rejected or withdrawn application was never funded. */
const FUNDED = ['approved', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed'];

/**
 * The public best-practice page: funded projects of closed calls, and only those whose applicants agreed to be
 * shown. Only the fields the consent names leave the database (no people, no bank details).
 */
@Injectable()
export class FundedProjectsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(year?: number): Promise<FundedProject[]> {
    const params: unknown[] = [FUNDED];
    if (year !== undefined) params.push(year);
    const rows: { year: number; title: string | null; organisation_name: string | null; municipality: string | null; field_of_action: FieldOfAction; approved_cents: number; short_description: string | null }[] =
      await this.dataSource.query(
        `SELECT c.year, a.data->>'title' AS title, a.data->>'organisationName' AS organisation_name, mu.name AS municipality,
                a.data->>'fieldOfAction' AS field_of_action, a.approved_cents, a.data->>'shortDescription' AS short_description
           FROM grant_applications a
           JOIN grant_calls c ON c.id = a.call_id
           LEFT JOIN municipalities mu ON jsonb_typeof(a.data->'municipalityId') = 'number' AND mu.id = (a.data->>'municipalityId')::int
          WHERE c.status = 'closed' AND a.status = ANY($1::text[]) AND a.approved_cents IS NOT NULL
            AND a.data->'publicConsent' = 'true'::jsonb
            ${year !== undefined ? 'AND c.year = $2' : ''}
          ORDER BY c.year DESC, lower(a.data->>'title'), a.id`,
        params,
      );
    return rows.map((r) => ({
      year: r.year,
      title: r.title ?? '',
      organisationName: r.organisation_name?.trim() || null,
      municipality: r.municipality,
      fieldOfAction: r.field_of_action,
      approvedCents: r.approved_cents,
      shortDescription: r.short_description?.trim() || null,
    }));
  }
}
