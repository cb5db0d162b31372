import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type GrantApplicationData, type GrantVersionDiff, type GrantVersionView } from '@miteinander/contracts';
import { versionDiff, type GrantProblem } from '@miteinander/domain-grants';
import { AppError } from '@miteinander/server-platform';
import { isGrantStaff, type GrantViewer } from '../applications/application-view.service';
import { grantProblemsError } from '../problems';
import { openBankDetails } from '../applications/bank-details';

const VERSION = /^[1-9]\d{0,5}$/;

/** The submitted versions of an application (owner, coordinators, admins) and what changed between two of them. */
@Injectable()
export class GrantVersionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: GrantViewer, applicationId: string): Promise<GrantVersionView[]> {
    await this.assertMayRead(viewer, applicationId);
    const rows: { version: number; submitted_at: Date; data: GrantApplicationData }[] = await this.dataSource.query(
      `SELECT version, submitted_at, data FROM grant_application_versions WHERE application_id = $1 ORDER BY version`,
      [applicationId],
    );
    return rows.map((r) => ({ version: r.version, submittedAt: new Date(r.submitted_at).toISOString(), data: openBankDetails(r.data) }));
  }

  async diff(viewer: GrantViewer, applicationId: string, fromParam: unknown, toParam: unknown): Promise<GrantVersionDiff> {
    const problems: GrantProblem[] = [];
    const parse = (field: string, v: unknown) => {
      if (typeof v === 'string' && VERSION.test(v)) return Number(v);
      problems.push({ field, rule: 'versionNumber' });
      return 0;
    };
    const from = parse('from', fromParam);
    const to = parse('to', toParam);
    if (problems.length) throw grantProblemsError(problems);
    await this.assertMayRead(viewer, applicationId);
    const rows: { version: number; data: GrantApplicationData }[] = await this.dataSource.query(
      `SELECT version, data FROM grant_application_versions WHERE application_id = $1 AND version = ANY($2::int[])`,
      [applicationId, [from, to]],
    );
    const before = rows.find((r) => r.version === from);
    const after = rows.find((r) => r.version === to);
    if (!before || !after) throw new AppError(404, ErrorCode.NotFound);
    return { from, to, changes: versionDiff(openBankDetails(before.data), openBankDetails(after.data)) };
  }

  private async assertMayRead(viewer: GrantViewer, applicationId: string): Promise<void> {
    const rows: { applicant_id: string }[] = await this.dataSource.query(`SELECT applicant_id FROM grant_applications WHERE id = $1`, [applicationId]);
    if (!rows[0] || (rows[0].applicant_id !== viewer.userId && !isGrantStaff(viewer.roles))) throw new AppError(404, ErrorCode.NotFound);
  }
}
