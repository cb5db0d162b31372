import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CardApplicationListItem, CardApplicationView, CardEligibilityView, CardReport, CardRuleSetView, CardSummary, Page } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { attachment } from '@miteinander/server-platform';
import { ApplicationsService } from '../applications/applications.service';
import { cardSummary } from '../applications/application-rows';
import { CardDecisionsService } from '../applications/decisions.service';
import { CardsConfig } from '../cards-config';
import { CardsService } from '../card/cards.service';
import {
  CardApplicationListQueryDto, CardDecisionDto, CardReportExportDto, CardReportQueryDto, CardRuleVersionDto, RecordConfirmationDto, RevokeCardDto, StaffCardApplicationDto,
} from '../dto/cards.dto';
import { eligibilityView } from '../eligibility/eligibility-view';
import { EligibilityService } from '../eligibility/eligibility.service';
import { EligibilityExportService } from '../eligibility/report-export.service';
import { EligibilityReportService } from '../eligibility/report.service';
import { RuleSetsService } from '../rules/rule-sets.service';

/** Coordinators' (and admins') honorary-card work: the eligibility report, applications, decisions, cards; admins edit rule sets. */
@ApiTags('cards')
@Controller('cards')
@Roles('coordinator', 'admin')
export class CardsController {
  constructor(
    private readonly rules: RuleSetsService,
    private readonly eligibility: EligibilityService,
    private readonly report: EligibilityReportService,
    private readonly exports: EligibilityExportService,
    private readonly applications: ApplicationsService,
    private readonly decisions: CardDecisionsService,
    private readonly cards: CardsService,
    private readonly config: CardsConfig,
  ) {}

  @Get('rule-sets')
  ruleSets(): Promise<CardRuleSetView[]> {
    return this.rules.inForce();
  }

  @Get('rule-sets/:code/versions')
  versions(@Param('code') code: string): Promise<CardRuleSetView[]> {
    return this.rules.versions(code);
  }

  @Post('rule-sets/:code/versions')
  @Roles('admin')
  createVersion(@CurrentUser() user: User, @Param('code') code: string, @Body() dto: CardRuleVersionDto): Promise<CardRuleSetView> {
    return this.rules.createVersion(user.id, code, dto);
  }

  @Get('eligibility')
  eligibilityReport(@Query() query: CardReportQueryDto): Promise<CardReport> {
    return this.report.report(query);
  }

  @Get('eligibility/export')
  async exportReport(@Query() query: CardReportExportDto): Promise<StreamableFile> {
    const file = await this.exports.export(query);
    return attachment(file.body, file.fileName, file.contentType);
  }

  @Get('eligibility/:volunteerId')
  async volunteerEligibility(@Param('volunteerId', uuidParam) volunteerId: string): Promise<CardEligibilityView> {
    const { rules, result } = await this.eligibility.check(volunteerId);
    return eligibilityView(rules, result);
  }

  @Get('applications')
  list(@Query() query: CardApplicationListQueryDto): Promise<Page<CardApplicationListItem>> {
    return this.applications.list(query);
  }

  /** On a volunteer's behalf; allowed when not eligible (then flagged for the decision). */
  @Post('applications')
  async create(@CurrentUser() user: User, @Body() dto: StaffCardApplicationDto): Promise<CardApplicationView> {
    const id = await this.applications.create({ kind: 'staff', userId: user.id, volunteerId: dto.volunteerId }, dto);
    return this.applications.view(id);
  }

  @Get('applications/:id')
  detail(@Param('id', uuidParam) id: string): Promise<CardApplicationView> {
    return this.applications.view(id);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  async decide(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: CardDecisionDto): Promise<CardApplicationView> {
    await this.decisions.decide(user.id, id, dto);
    return this.applications.view(id);
  }

  @Post('applications/:id/issue')
  @HttpCode(200)
  async issue(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<CardApplicationView> {
    await this.decisions.issue(user.id, id);
    return this.applications.view(id);
  }

  @Post('applications/:id/confirmations/:confirmationId')
  @HttpCode(200)
  async recordConfirmation(
    @CurrentUser() user: User,
    @Param('id', uuidParam) id: string,
    @Param('confirmationId', uuidParam) confirmationId: string,
    @Body() dto: RecordConfirmationDto,
  ): Promise<CardApplicationView> {
    await this.decisions.recordConfirmation(user.id, id, confirmationId, dto);
    return this.applications.view(id);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  async withdraw(@Param('id', uuidParam) id: string): Promise<CardApplicationView> {
    await this.applications.row(id);
    await this.decisions.withdraw(id);
    return this.applications.view(id);
  }

  @Post(':cardId/revoke')
  @HttpCode(200)
  async revoke(@CurrentUser() user: User, @Param('cardId', uuidParam) cardId: string, @Body() dto: RevokeCardDto): Promise<CardSummary> {
    await this.decisions.revoke(user.id, cardId, dto.reason);
    const [row] = await this.applications.cardRows(cardId);
    return cardSummary(row!, this.config.today())!;
  }

  @Get(':cardId/pdf')
  async pdf(@Param('cardId', uuidParam) cardId: string): Promise<StreamableFile> {
    const file = await this.cards.pdf(cardId);
    return attachment(file.body, file.fileName, 'application/pdf');
  }
}
