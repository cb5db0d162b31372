import './messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type GrantCriterion, type GrantScoreInput, type GrantScoreSheet } from '@miteinander/contracts';
import { criterionStats, weightedScore } from '@miteinander/domain-grants';
import { AppError } from '@miteinander/server-platform';

interface ReviewerRow {
  reviewer_id: string;
  name: string;
  conflict_reason: string | null;
  scores: GrantScoreInput[];
}

/** The average of the reviewers' complete weighted scores, two decimals; null until someone scored everything. */
export function averageOf(values: number[]): number | null {
  return criterionStats(values).average;
}

/** max − min of the reviewers' weighted scores, rounded to two decimals (4.4 − 3.6 is 0.8, not 0.8000000000000003). */
export function spreadOf(values: number[]): number | null {
  const spread = criterionStats(values).spread;
  return spread === null ? null : Math.round(spread * 100) / 100;
}

/**
 * The coordinator's side-by-side view of one application's review: every reviewer who scored or declared a
 * conflict, their weighted score, and per criterion average, min, max and spread.
 */
@Injectable()
export class ScoreSheetService {
  constructor(private readonly dataSource: DataSource) {}

  async sheet(applicationId: string): Promise<GrantScoreSheet> {
    const [app]: { criteria: GrantCriterion[] }[] = await this.dataSource.query(
      `SELECT c.criteria FROM grant_applications a JOIN grant_calls c ON c.id = a.call_id WHERE a.id = $1 AND a.status <> 'draft'`,
      [applicationId],
    );
    if (!app) throw new AppError(404, ErrorCode.NotFound);
    const criteria = app.criteria;
    const rows: ReviewerRow[] = await this.dataSource.query(
      `WITH reviewers AS (
         SELECT reviewer_id FROM grant_scores WHERE application_id = $1
         UNION SELECT reviewer_id FROM grant_conflicts WHERE application_id = $1)
       SELECT r.reviewer_id, u.display_name AS name, k.reason AS conflict_reason,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('criterion', s.criterion, 'points', s.points, 'comment', s.comment))
                          FROM grant_scores s WHERE s.application_id = $1 AND s.reviewer_id = r.reviewer_id AND k.reason IS NULL), '[]'::jsonb) AS scores
         FROM reviewers r JOIN users u ON u.id = r.reviewer_id
         LEFT JOIN grant_conflicts k ON k.application_id = $1 AND k.reviewer_id = r.reviewer_id
        ORDER BY (k.reason IS NOT NULL), u.display_name, r.reviewer_id`,
      [applicationId],
    );
    const order = criteria.map((c) => c.code);
    const reviewers = rows.map((r) => {
      const scores = r.scores
        .map((s) => (s.comment === null || s.comment === undefined ? { criterion: s.criterion, points: s.points } : s))
        .sort((a, b) => order.indexOf(a.criterion) - order.indexOf(b.criterion));
      const conflict = r.conflict_reason !== null;
      return { reviewer: { id: r.reviewer_id, name: r.name }, scores, weighted: conflict ? null : weightedScore(criteria, scores), conflict, conflictReason: r.conflict_reason };
    });
    const scoring = reviewers.filter((r) => !r.conflict);
    const perCriterion = criteria.map((c) => ({
      criterion: c.code,
      ...criterionStats(scoring.flatMap((r) => r.scores.filter((s) => s.criterion === c.code).map((s) => s.points))),
    }));
    const weighted = scoring.map((r) => r.weighted).filter((w): w is number => w !== null);
    return { criteria, reviewers, perCriterion, weightedAverage: averageOf(weighted) };
  }
}
