import './messages';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GrantApplicationStatus, GrantCriterion, GrantRanking, GrantRankingRow, GrantScoreInput } from '@miteinander/contracts';
import { rankWithBudget, weightedScore } from '@miteinander/domain-grants';
import { GrantCallsService } from '../calls/grant-calls.service';
import { averageOf, spreadOf } from './score-sheet.service';

/** In review and decided (approved and everything after, rejected): what the coordinator ranks and decides from. */
export const RANKED_STATUSES: GrantApplicationStatus[] = ['in_review', 'approved', 'rejected', 'payment_requested', 'paid', 'report_submitted', 'report_corrections', 'closed'];

interface RankingQueryRow {
  id: string;
  reference: string | null;
  title: string | null;
  organisation_name: string | null;
  status: GrantApplicationStatus;
  requested_cents: number | null;
  approved_cents: number | null;
  reviews: { scores: GrantScoreInput[] }[];
}

/**
 * The call's ranked list: best weighted average first, with the budget left after funding each row and every row
 * above it. One query aggregates the scores per application and reviewer (a declared conflict drops a reviewer).
 */
@Injectable()
export class GrantRankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: GrantCallsService,
  ) {}

  async ranking(callId: string): Promise<GrantRanking> {
    const call = await this.calls.get(callId);
    const rows: RankingQueryRow[] = await this.dataSource.query(
      `WITH per_reviewer AS (
         SELECT s.application_id, s.reviewer_id, jsonb_agg(jsonb_build_object('criterion', s.criterion, 'points', s.points)) AS scores
           FROM grant_scores s JOIN grant_applications a ON a.id = s.application_id
          WHERE a.call_id = $1
            AND NOT EXISTS (SELECT 1 FROM grant_conflicts k WHERE k.application_id = s.application_id AND k.reviewer_id = s.reviewer_id)
          GROUP BY s.application_id, s.reviewer_id)
       SELECT a.id, a.reference, a.data->>'title' AS title, a.data->>'organisationName' AS organisation_name, a.status, a.requested_cents, a.approved_cents,
              COALESCE(jsonb_agg(jsonb_build_object('scores', p.scores)) FILTER (WHERE p.reviewer_id IS NOT NULL), '[]'::jsonb) AS reviews
         FROM grant_applications a LEFT JOIN per_reviewer p ON p.application_id = a.id
        WHERE a.call_id = $1 AND a.status = ANY($2::text[])
        GROUP BY a.id
        ORDER BY a.submitted_at, a.reference`,
      [callId, RANKED_STATUSES],
    );
    return { call, rows: rankWithBudget(rows.map((r) => this.row(call.criteria, r)), call.totalBudgetCents) };
  }

  private row(criteria: GrantCriterion[], r: RankingQueryRow): Omit<GrantRankingRow, 'remainingAfterCents'> {
    // Only complete score sheets count: a half-filled one says nothing about the application as a whole.
    const weighted = r.reviews.map((x) => weightedScore(criteria, x.scores)).filter((w): w is number => w !== null);
    return {
      applicationId: r.id,
      reference: r.reference,
      title: r.title,
      organisationName: r.organisation_name,
      status: r.status,
      requestedCents: r.requested_cents ?? 0,
      approvedCents: r.approved_cents,
      weightedAverage: averageOf(weighted),
      spread: spreadOf(weighted),
      reviewCount: weighted.length,
    };
  }
}
