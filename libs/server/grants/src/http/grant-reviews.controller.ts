import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GrantReviewListItem, GrantReviewView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { ConflictDto, ScoresDto } from '../dto/review.dto';
import { GrantReviewsService } from '../review/reviews.service';

/** Reviewers (coordinators may hold the role too): the applications in review, conflicts of interest, scores. */
@ApiTags('grants')
@Controller('grants/reviews')
@Roles('reviewer')
export class GrantReviewsController {
  constructor(private readonly reviews: GrantReviewsService) {}

  @Get()
  list(@CurrentUser() user: User): Promise<GrantReviewListItem[]> {
    return this.reviews.list(user.id);
  }

  @Get(':applicationId')
  view(@CurrentUser() user: User, @Param('applicationId', uuidParam) applicationId: string): Promise<GrantReviewView> {
    return this.reviews.view(user.id, applicationId);
  }

  @Post(':applicationId/conflict')
  @HttpCode(204)
  async conflict(@CurrentUser() user: User, @Param('applicationId', uuidParam) applicationId: string, @Body() dto: ConflictDto): Promise<void> {
    await this.reviews.declareConflict(user.id, applicationId, dto.reason);
  }

  @Put(':applicationId/scores')
  async scores(@CurrentUser() user: User, @Param('applicationId', uuidParam) applicationId: string, @Body() dto: ScoresDto): Promise<GrantReviewView> {
    await this.reviews.saveScores(user.id, applicationId, dto.scores);
    return this.reviews.view(user.id, applicationId);
  }
}
