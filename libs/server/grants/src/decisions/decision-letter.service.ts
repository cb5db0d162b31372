import '../review/messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type GrantApplicationData, type GrantApplicationStatus } from '@miteinander/contracts';
import { isDecided } from '@miteinander/domain-grants';
import type { User } from '@miteinander/server-identity';
import { AppError } from '@miteinander/server-platform';
import { GrantsConfig } from '../grants-config';
import { grantConflict } from '../problems';
import { renderDecisionLetter } from './decision-letter';

interface LetterRow {
  applicant_id: string;
  status: GrantApplicationStatus;
  reference: string | null;
  data: GrantApplicationData;
  requested_cents: number | null;
  approved_cents: number | null;
  conditions: string | null;
  decision_reason: string | null;
  decided_on: string | null;
  report_due: string | null;
  applicant_name: string;
  applicant_locale: string;
  decided_by_name: string | null;
}

/** The Bescheid for the applicant (own only) and for coordinators and admins; in the applicant's language (de or en). */
@Injectable()
export class DecisionLetterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: GrantsConfig,
  ) {}

  async letter(viewer: Pick<User, 'id' | 'roles'>, applicationId: string): Promise<{ body: Buffer; fileName: string }> {
    const [a]: LetterRow[] = await this.dataSource.query(
      `SELECT a.applicant_id, a.status, a.reference, a.data, a.requested_cents, a.approved_cents, a.conditions, a.decision_reason,
              to_char(a.decided_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS decided_on, to_char(a.report_due, 'YYYY-MM-DD') AS report_due,
              u.display_name AS applicant_name, u.locale AS applicant_locale, d.display_name AS decided_by_name
         FROM grant_applications a JOIN users u ON u.id = a.applicant_id LEFT JOIN users d ON d.id = a.decided_by
        WHERE a.id = $1`,
      [applicationId],
    );
    const staff = viewer.roles.some((r) => r === 'coordinator' || r === 'admin');
    if (!a || (a.applicant_id !== viewer.id && !staff)) throw new AppError(404, ErrorCode.NotFound);
    if (!isDecided(a.status) || !a.reference) throw grantConflict('grantNotDecided');
    const approved = a.status !== 'rejected';
    const lang = a.applicant_locale === 'en' ? 'en' : 'de';
    const body = await renderDecisionLetter(
      {
        countyName: this.config.countyName,
        date: a.decided_on ?? this.config.today(),
        applicantName: a.applicant_name,
        organisationName: a.data.organisationName?.trim() || null,
        reference: a.reference,
        title: a.data.title ?? '',
        startDate: a.data.startDate ?? null,
        endDate: a.data.endDate ?? null,
        requestedCents: a.requested_cents ?? 0,
        approved,
        approvedCents: a.approved_cents,
        conditions: a.conditions,
        reason: a.decision_reason,
        reportDue: a.report_due,
        decidedBy: a.decided_by_name,
      },
      lang,
    );
    return { body, fileName: `${lang === 'de' ? 'Bescheid' : 'Decision'}-${a.reference}.pdf` };
  }
}
