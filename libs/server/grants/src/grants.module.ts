import { Module } from '@nestjs/common';
import { GrantApplicationsService } from './applications/grant-applications.service';
import { ApplicationViewService } from './applications/application-view.service';
import { GrantAttachmentsService } from './attachments/attachments.service';
import { GrantCallsService } from './calls/grant-calls.service';
import { GrantDecisionsService } from './decisions/decisions.service';
import { DecisionLetterService } from './decisions/decision-letter.service';
import { CallExportsService } from './exports/call-exports.service';
import { CallSummaryService } from './exports/call-summary.service';
import { GrantsConfig } from './grants-config';
import { GrantApplicationsController } from './http/grant-applications.controller';
import { GrantCallsController } from './http/grant-calls.controller';
import { GrantDecisionsController } from './http/grant-decisions.controller';
import { GrantPaymentsController } from './http/grant-payments.controller';
import { GrantReviewsController } from './http/grant-reviews.controller';
import { PublicGrantsController } from './http/public-grants.controller';
import { GrantPaymentsService } from './payments/payments.service';
import { GrantPrecheckService } from './precheck/precheck.service';
import { FundedProjectsService } from './public/funded-projects.service';
import { FinalReportsService } from './reports/final-reports.service';
import { GrantRankingService } from './review/ranking.service';
import { GrantReviewsService } from './review/reviews.service';
import { ScoreSheetService } from './review/score-sheet.service';
import { GrantVersionsService } from './versions/versions.service';
import './messages';

/**
 * Micro-project funding (domain-grants decides): calls, applications with drafts, attachments and versions,
 * pre-check, review, decisions within the budget, payments, final reports, public best-practice page, exports.
 */
@Module({
  controllers: [GrantCallsController, GrantApplicationsController, PublicGrantsController, GrantReviewsController, GrantDecisionsController, GrantPaymentsController],
  providers: [
    GrantsConfig,
    GrantCallsService,
    GrantApplicationsService,
    ApplicationViewService,
    GrantAttachmentsService,
    GrantPrecheckService,
    GrantVersionsService,
    FundedProjectsService,
    GrantReviewsService,
    ScoreSheetService,
    GrantRankingService,
    GrantDecisionsService,
    DecisionLetterService,
    CallExportsService,
    CallSummaryService,
    GrantPaymentsService,
    FinalReportsService,
  ],
})
export class GrantsModule {}
