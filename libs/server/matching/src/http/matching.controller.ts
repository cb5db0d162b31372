import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AcceptMatchRoundResult, MatchExclusionView, MatchRoundView, MatchSuggestions, MatchWeightsView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { CreateExclusionDto } from '../dto/exclusion.dto';
import { AcceptRoundDto, MatchRoundDto } from '../dto/round.dto';
import { SuggestionsQueryDto } from '../dto/suggestions.query';
import { MatchWeightsDto } from '../dto/weights.dto';
import { RoundsService } from '../rounds/rounds.service';
import { ExclusionsService } from '../suggestions/exclusions.service';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { WeightsService } from '../weights/weights.service';

/** Coordinators' matching: suggestions for one request, the factor weights, exclusions, and matching rounds. */
@ApiTags('matching')
@Controller('matching')
@Roles('coordinator', 'admin')
export class MatchingController {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly weights: WeightsService,
    private readonly exclusions: ExclusionsService,
    private readonly rounds: RoundsService,
  ) {}

  @Get('requests/:id/suggestions')
  suggest(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Query() query: SuggestionsQueryDto): Promise<MatchSuggestions> {
    return this.suggestions.suggest(actor, id, query.limit);
  }

  @Post('requests/:id/suggestions/preview')
  @HttpCode(200)
  preview(@Param('id', uuidParam) id: string, @Query() query: SuggestionsQueryDto, @Body() dto: MatchWeightsDto): Promise<MatchSuggestions> {
    return this.suggestions.preview(id, dto.weights, query.limit);
  }

  @Post('requests/:id/exclusions')
  exclude(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: CreateExclusionDto): Promise<MatchExclusionView> {
    return this.exclusions.create(actor, id, dto);
  }

  @Delete('exclusions/:id')
  @HttpCode(204)
  removeExclusion(@Param('id', uuidParam) id: string): Promise<void> {
    return this.exclusions.remove(id);
  }

  @Get('weights')
  currentWeights(): Promise<MatchWeightsView> {
    return this.weights.current();
  }

  @Get('weights/history')
  weightsHistory(): Promise<MatchWeightsView[]> {
    return this.weights.history();
  }

  @Put('weights')
  saveWeights(@CurrentUser() actor: User, @Body() dto: MatchWeightsDto): Promise<MatchWeightsView> {
    return this.weights.save(actor, dto.weights);
  }

  @Post('rounds')
  runRound(@CurrentUser() actor: User, @Body() dto: MatchRoundDto): Promise<MatchRoundView> {
    return this.rounds.run(actor, dto);
  }

  @Get('rounds/:id')
  round(@Param('id', uuidParam) id: string): Promise<MatchRoundView> {
    return this.rounds.get(id);
  }

  @Post('rounds/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: AcceptRoundDto): Promise<AcceptMatchRoundResult> {
    return this.rounds.accept(actor, id, dto.sponsorshipIds);
  }
}
