import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type GrantApplicationData, type GrantApplicationStatus, type GrantPrecheckRequest } from '@miteinander/contracts';
import { COST_LINE_FIELDS, GRANT_FORM_FIELDS, nextStatus, problem, type GrantProblem } from '@miteinander/domain-grants';
import { AppError, MailService } from '@miteinander/server-platform';
import { auditUpdate } from '../audit';
import { applicantRecipient, MY_GRANT_PATH } from '../applications/grant-applications.service';
import { grantConflict, grantProblemsError } from '../problems';

const MAX_COMMENT = 2000;

/** `general`, a form field, or a cost line (by index) and optionally one of its parts: `costLines.2.amountCents`. */
function isKnownPath(path: string): boolean {
  if (path === 'general' || (GRANT_FORM_FIELDS as readonly string[]).includes(path)) return true;
  const [head, index, part, ...rest] = path.split('.');
  return head === 'costLines' && /^\d{1,2}$/.test(index ?? '') && rest.length === 0 && (part === undefined || (COST_LINE_FIELDS as readonly string[]).includes(part));
}

/** The comments a coordinator sends back: known paths only, blank ones dropped, at least one left. */
export function revisionComments(input: unknown): { comments: Record<string, string>; problems: GrantProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { comments: {}, problems: [{ field: 'comments', rule: 'commentRequired' }] };
  const comments: Record<string, string> = {};
  const problems: GrantProblem[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isKnownPath(key)) problems.push(problem(`comments.${key}`, 'unknownField'));
    else if (typeof value !== 'string') problems.push(problem(`comments.${key}`, 'type', { expected: 'string' }));
    else if ([...value.trim()].length > MAX_COMMENT) problems.push(problem(`comments.${key}`, 'maxLength', { max: MAX_COMMENT }));
    else if (value.trim()) comments[key] = value.trim();
  }
  if (!problems.length && Object.keys(comments).length === 0) problems.push({ field: 'comments', rule: 'commentRequired' });
  return { comments, problems };
}

/**
 * The coordinator's pre-check of a submitted application: into review, or back to the applicant with comments per
 * field. Under a row lock on the application, so two coordinators cannot both decide.
 */
@Injectable()
export class GrantPrecheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async decide(actorId: string, applicationId: string, dto: GrantPrecheckRequest): Promise<void> {
    const revise = dto.decision === 'revise' ? revisionComments(dto.comments) : null;
    if (revise?.problems.length) throw grantProblemsError(revise.problems);
    await this.dataSource.transaction(async (m) => {
      const rows: { id: string; applicant_id: string; status: GrantApplicationStatus; version: number; data: GrantApplicationData }[] = await m.query(
        `SELECT id, applicant_id, status, version, data FROM grant_applications WHERE id = $1 FOR UPDATE`,
        [applicationId],
      );
      const a = rows[0];
      if (!a) throw new AppError(404, ErrorCode.NotFound);
      const to = nextStatus(a.status, revise ? 'requestRevision' : 'accept');
      if (!to) throw grantConflict('notInPrecheck');
      await m.query(`UPDATE grant_applications SET status = $2, updated_at = now() WHERE id = $1`, [applicationId, to]);
      await auditUpdate(m, 'grant_application', applicationId, { status: a.status }, { status: to, ...(revise ? { revisionComments: revise.comments } : {}) });
      if (!revise) return;
      await m.query(`INSERT INTO grant_revision_requests (application_id, version, comments, requested_by) VALUES ($1, $2, $3::jsonb, $4)`, [
        applicationId, a.version, JSON.stringify(revise.comments), actorId,
      ]);
      const r = await applicantRecipient(m, a.applicant_id);
      await this.mail.queue(m, {
        template: 'grant-revision-requested',
        to: r.email,
        locale: r.locale,
        vars: { name: r.name, title: a.data.title ?? '', link: this.mail.link(MY_GRANT_PATH(applicationId), {}) },
      });
    });
    this.mail.afterCommit();
  }
}
