import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OwnSponsorshipView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { DeclineProposalDto } from '../dto/transition.dto';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { OwnSponsorshipsService } from '../own/own-sponsorships.service';

/** A volunteer's own sponsorships. Declared before SponsorshipsController so "mine" is never read as an id. */
@ApiTags('sponsorships')
@Controller('sponsorships/mine')
@Roles('volunteer')
export class OwnSponsorshipsController {
  constructor(
    private readonly own: OwnSponsorshipsService,
    private readonly lifecycle: LifecycleService,
  ) {}

  @Get()
  list(@CurrentUser() actor: User): Promise<OwnSponsorshipView[]> {
    return this.own.list(actor);
  }

  @Post(':id/decline')
  @HttpCode(200)
  async decline(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: DeclineProposalDto): Promise<OwnSponsorshipView[]> {
    await this.lifecycle.declineAsVolunteer(actor, id, dto.reason);
    return this.own.list(actor);
  }
}
