import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AwardCategoryView, NominationRequestsResult, NominationView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { AwardsService } from '../awards/awards.service';
import { NominationLinksService } from '../awards/nomination-links.service';
import { AwardCategoryDto, NominationDto, NominationRequestsDto, NominationWinnerDto } from '../dto/awards.dto';

/** Coordinators (and admins): award categories, nominations, winners, and nomination requests to organisations. */
@ApiTags('events')
@Roles('coordinator', 'admin')
@Controller('events')
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly links: NominationLinksService,
  ) {}

  @Get(':id/award-categories')
  categories(@Param('id', uuidParam) id: string): Promise<AwardCategoryView[]> {
    return this.awards.categories(id);
  }

  @Post(':id/award-categories')
  addCategory(@Param('id', uuidParam) id: string, @Body() dto: AwardCategoryDto): Promise<AwardCategoryView> {
    return this.awards.addCategory(id, dto);
  }

  @Patch('award-categories/:categoryId')
  updateCategory(@Param('categoryId', uuidParam) categoryId: string, @Body() dto: AwardCategoryDto): Promise<AwardCategoryView> {
    return this.awards.updateCategory(categoryId, dto);
  }

  @Delete('award-categories/:categoryId')
  @HttpCode(204)
  deleteCategory(@Param('categoryId', uuidParam) categoryId: string): Promise<void> {
    return this.awards.deleteCategory(categoryId);
  }

  @Post(':id/nominations')
  nominate(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: NominationDto): Promise<NominationView> {
    return this.awards.nominate(id, dto, user.id);
  }

  @Post('nominations/:nominationId/winner')
  @HttpCode(200)
  setWinner(@Param('nominationId', uuidParam) nominationId: string, @Body() dto: NominationWinnerDto): Promise<NominationView> {
    return this.awards.setWinner(nominationId, dto.winner);
  }

  @Delete('nominations/:nominationId')
  @HttpCode(204)
  deleteNomination(@Param('nominationId', uuidParam) nominationId: string): Promise<void> {
    return this.awards.deleteNomination(nominationId);
  }

  /** Emails every contact of the chosen (or all) organisations a link to nominate without an account. */
  @Post(':id/nomination-requests')
  @HttpCode(200)
  requestNominations(@Param('id', uuidParam) id: string, @Body() dto: NominationRequestsDto): Promise<NominationRequestsResult> {
    return this.links.sendRequests(id, dto.organisationIds);
  }
}
