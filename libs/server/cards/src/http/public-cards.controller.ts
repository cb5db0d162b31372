import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CardVerification, PublicCardApplicationStatus, PublicCardConfirmationView } from '@miteinander/contracts';
import { Public } from '@miteinander/server-identity';
import { PublicCardLinksService } from '../applications/public-links.service';
import { CardsService } from '../card/cards.service';
import { RecordConfirmationDto, TokenQuery, VerifyQuery } from '../dto/cards.dto';

/**
 * Reached without an account through capability links (organisation contacts, applicants) and the card's QR code.
 * No session means no CSRF token is involved; the token is the credential. Rate limits apply as everywhere.
 */
@ApiTags('cards')
@Public()
@Controller('public')
export class PublicCardsController {
  constructor(
    private readonly links: PublicCardLinksService,
    private readonly cards: CardsService,
  ) {}

  @Get('card-confirmations')
  confirmation(@Query() query: TokenQuery): Promise<PublicCardConfirmationView> {
    return this.links.confirmation(query.token);
  }

  @Post('card-confirmations')
  @HttpCode(200)
  confirm(@Query() query: TokenQuery, @Body() dto: RecordConfirmationDto): Promise<PublicCardConfirmationView> {
    return this.links.confirm(query.token, dto);
  }

  @Get('card-applications/status')
  status(@Query() query: TokenQuery): Promise<PublicCardApplicationStatus> {
    return this.links.status(query.token);
  }

  @Post('card-applications/withdraw')
  @HttpCode(200)
  withdraw(@Query() query: TokenQuery): Promise<PublicCardApplicationStatus> {
    return this.links.withdraw(query.token);
  }

  @Get('cards/verify')
  verify(@Query() query: VerifyQuery): Promise<CardVerification> {
    return this.cards.verify(query.code);
  }
}
