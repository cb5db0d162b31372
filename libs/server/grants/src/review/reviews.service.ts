import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode, type GrantApplicationData, type GrantApplicationStatus, type GrantAttachmentView, type GrantCriterion, type GrantProjectArea, type GrantReviewListItem, type GrantReviewView,
  type GrantScoreInput,
} from '@miteinander/contracts';
import { scoreProblems } from '@miteinander/domain-grants';
import { AppError, AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';
import { grantConflict, grantProblemsError } from '../problems';
import { grantForbidden } from './messages';

interface ReviewedApplication {
  id: string;
  reference: string | null;
  status: GrantApplicationStatus;
  applicant_id: string;
  data: GrantApplicationData;
  call_id: string;
  call_title: string;
  criteria: GrantCriterion[];
  project_areas: GrantProjectArea[];
  conflict: boolean;
}

/** States before the review: reviewers never saw these, so they read as missing (later ones say "no longer in review"). */
const NEVER_REVIEWED: readonly GrantApplicationStatus[] = ['draft', 'submitted', 'revision_requested'];

/** Scores and comments as stored, in the call's criterion order. */
const scoreRows = (rows: { criterion: string; points: number; comment: string | null }[]): GrantScoreInput[] =>
  rows.map((r) => (r.comment === null ? { criterion: r.criterion, points: r.points } : { criterion: r.criterion, points: r.points, comment: r.comment }));

/**
 * A reviewer's work: applications in review, read without bank details, scored per criterion. A declared
 * conflict of interest hides the application from that reviewer for good and removes their scores; nobody reviews
 * their own application.
 */
@Injectable()
export class GrantReviewsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(reviewerId: string): Promise<GrantReviewListItem[]> {
    const rows: (Omit<GrantReviewListItem, 'requestedCents'> & { requestedCents: number | null })[] = await this.dataSource.query(
      `SELECT a.id AS "applicationId", a.reference, c.title AS "callTitle", a.data->>'title' AS title, a.data->>'fieldOfAction' AS "fieldOfAction",
              a.requested_cents AS "requestedCents",
              (jsonb_array_length(c.criteria) > 0 AND NOT EXISTS (
                 SELECT 1 FROM jsonb_array_elements(c.criteria) cr
                  WHERE NOT EXISTS (SELECT 1 FROM grant_scores s WHERE s.application_id = a.id AND s.reviewer_id = $1 AND s.criterion = cr->>'code'))) AS scored
         FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id
        WHERE a.status = 'in_review' AND a.applicant_id <> $1
          AND NOT EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = a.id AND k.reviewer_id = $1)
        ORDER BY c.year DESC, a.submitted_at, a.reference`,
      [reviewerId],
    );
    return rows;
  }

  async view(reviewerId: string, applicationId: string): Promise<GrantReviewView> {
    const a = await this.find(this.dataSource.manager, reviewerId, applicationId);
    if (a.conflict || a.status !== 'in_review') throw new AppError(404, ErrorCode.NotFound);
    const { iban: _iban, accountHolder: _holder, ...data } = a.data;
    const attachments: GrantAttachmentView[] = await this.dataSource.query(
      `SELECT id, file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", uploaded_at AS "uploadedAt"
         FROM grant_attachments WHERE application_id = $1 ORDER BY uploaded_at, id`,
      [a.id],
    );
    return {
      applicationId: a.id,
      reference: a.reference,
      call: { id: a.call_id, title: a.call_title, criteria: a.criteria, projectAreas: a.project_areas },
      data,
      attachments: attachments.map((x) => ({ ...x, uploadedAt: new Date(x.uploadedAt).toISOString() })),
      myScores: await this.myScores(this.dataSource.manager, reviewerId, a),
    };
  }

  /** Idempotent: a second declaration keeps the first reason. Removes this reviewer's scores on the application. */
  async declareConflict(reviewerId: string, applicationId: string, reason: string): Promise<void> {
    const text = reason?.trim();
    if (!text) throw grantProblemsError([{ field: 'reason', rule: 'reasonRequired' }]);
    await this.dataSource.transaction(async (m) => {
      const a = await this.find(m, reviewerId, applicationId, true);
      if (a.conflict) return;
      if (a.status !== 'in_review') throw grantConflict('grantNotInReview');
      await m.query(`INSERT INTO grant_conflicts (application_id, reviewer_id, reason) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [a.id, reviewerId, text]);
      const [removed]: [{ criterion: string; points: number }[], number] = await m.query(
        `DELETE FROM grant_scores WHERE application_id = $1 AND reviewer_id = $2 RETURNING criterion, points`,
        [a.id, reviewerId],
      );
      await m.insert(AuditEntry, {
        actorId: requestContext.actorId(),
        action: 'create',
        entity: 'grant_conflict',
        entityId: a.id,
        diff: auditDiff(undefined, { reviewerId, reason: text, removedScores: removed.map((s) => `${s.criterion}=${s.points}`) }) as never,
      });
    });
  }

  async saveScores(reviewerId: string, applicationId: string, scores: unknown): Promise<GrantScoreInput[]> {
    return this.dataSource.transaction(async (m) => {
      const a = await this.find(m, reviewerId, applicationId, true);
      if (a.conflict) throw grantForbidden('grantConflictDeclared');
      if (a.status !== 'in_review') throw grantConflict('grantNotInReview');
      const problems = scoreProblems(a.criteria, scores);
      if (problems.length) throw grantProblemsError(problems);
      const before = await this.myScores(m, reviewerId, a);
      const input = scores as GrantScoreInput[];
      for (const s of input) {
        await m.query(
          `INSERT INTO grant_scores (application_id, reviewer_id, criterion, points, comment) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (application_id, reviewer_id, criterion) DO UPDATE SET points = EXCLUDED.points, comment = EXCLUDED.comment, updated_at = now()`,
          [a.id, reviewerId, s.criterion, s.points, s.comment?.trim() || null],
        );
      }
      const after = await this.myScores(m, reviewerId, a);
      const flat = (list: GrantScoreInput[]) => Object.fromEntries(list.map((s) => [s.criterion, s.comment ? `${s.points} (${s.comment})` : s.points]));
      await m.insert(AuditEntry, { actorId: requestContext.actorId(), action: 'update', entity: 'grant_score', entityId: a.id, diff: auditDiff(flat(before), { reviewerId, ...flat(after) }) as never });
      return after;
    });
  }

  /** The application as a reviewer may reach it: missing or their own → 404, like every record they may not see. */
  private async find(m: EntityManager, reviewerId: string, applicationId: string, lock = false): Promise<ReviewedApplication> {
    const rows: ReviewedApplication[] = await m.query(
      `SELECT a.id, a.reference, a.status, a.applicant_id, a.data, c.id AS call_id, c.title AS call_title, c.criteria, c.project_areas,
              EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = a.id AND k.reviewer_id = $2) AS conflict
         FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id
        WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [applicationId, reviewerId],
    );
    const a = rows[0];
    if (!a || a.applicant_id === reviewerId || NEVER_REVIEWED.includes(a.status)) throw new AppError(404, ErrorCode.NotFound);
    return a;
  }

  private async myScores(m: EntityManager, reviewerId: string, a: ReviewedApplication): Promise<GrantScoreInput[]> {
    const rows: { criterion: string; points: number; comment: string | null }[] = await m.query(
      `SELECT criterion, points, comment FROM grant_scores WHERE application_id = $1 AND reviewer_id = $2`,
      [a.id, reviewerId],
    );
    const order = a.criteria.map((c) => c.code);
    return scoreRows(rows.sort((x, y) => order.indexOf(x.criterion) - order.indexOf(y.criterion)));
  }
}
