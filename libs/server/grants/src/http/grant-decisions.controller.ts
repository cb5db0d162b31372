import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GrantApplicationView, GrantRanking, GrantScoreSheet } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { attachment } from '@miteinander/server-platform';
import { ApplicationViewService } from '../applications/application-view.service';
import { DecisionLetterService } from '../decisions/decision-letter.service';
import { GrantDecisionsService } from '../decisions/decisions.service';
import { GrantDecisionDto } from '../dto/decisions.dto';
import { CallExportsService } from '../exports/call-exports.service';
import { CallSummaryService } from '../exports/call-summary.service';
import { GrantRankingService } from '../review/ranking.service';
import { ScoreSheetService } from '../review/score-sheet.service';

/** Coordinators (and admins): scores side by side, the ranking, decisions within the budget, the letter, exports. */
@ApiTags('grants')
@Controller('grants')
@Roles('coordinator', 'admin')
export class GrantDecisionsController {
  constructor(
    private readonly decisions: GrantDecisionsService,
    private readonly views: ApplicationViewService,
    private readonly letters: DecisionLetterService,
    private readonly sheets: ScoreSheetService,
    private readonly ranking: GrantRankingService,
    private readonly exports: CallExportsService,
    private readonly summary: CallSummaryService,
  ) {}

  @Post('applications/:id/decision')
  @HttpCode(200)
  async decide(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantDecisionDto): Promise<GrantApplicationView> {
    await this.decisions.decide(user.id, id, dto);
    return this.views.view(id, { userId: user.id, roles: user.roles });
  }

  /** The applicant downloads their own letter; coordinators and admins any. */
  @Get('applications/:id/decision-letter')
  @Roles('applicant', 'coordinator', 'admin')
  async letter(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const file = await this.letters.letter(user, id);
    return attachment(file.body, file.fileName, 'application/pdf');
  }

  @Get('applications/:id/scores')
  scores(@Param('id', uuidParam) id: string): Promise<GrantScoreSheet> {
    return this.sheets.sheet(id);
  }

  @Get('calls/:id/ranking')
  callRanking(@Param('id', uuidParam) id: string): Promise<GrantRanking> {
    return this.ranking.ranking(id);
  }

  @Get('calls/:id/export/:kind')
  async export(@Param('id', uuidParam) id: string, @Param('kind') kind: string): Promise<StreamableFile> {
    const file = await this.exports.export(id, kind);
    return attachment(file.body, file.fileName, file.contentType);
  }

  @Get('calls/:id/summary')
  async callSummary(@Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const file = await this.summary.summary(id);
    return attachment(file.body, file.fileName, 'application/pdf');
  }
}
