import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CardEligibilityView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { attachment } from '@miteinander/server-platform';
import { OwnCardService } from '../applications/own-card.service';
import { OwnCardApplicationDto } from '../dto/cards.dto';

/** "My honorary card": a volunteer's eligibility, one-click application, withdrawal and card PDF. */
@ApiTags('cards')
@Roles('volunteer')
@Controller('me/card')
export class OwnCardController {
  constructor(private readonly own: OwnCardService) {}

  @Get()
  view(@CurrentUser() user: User): Promise<CardEligibilityView> {
    return this.own.view(user);
  }

  @Post('applications')
  apply(@CurrentUser() user: User, @Body() dto: OwnCardApplicationDto): Promise<CardEligibilityView> {
    return this.own.apply(user, dto);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<CardEligibilityView> {
    return this.own.withdraw(user, id);
  }

  @Get('pdf')
  async pdf(@CurrentUser() user: User): Promise<StreamableFile> {
    const file = await this.own.pdf(user);
    return attachment(file.body, file.fileName, 'application/pdf');
  }
}
