import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NominationFormView, NominationView } from '@miteinander/contracts';
import { Public } from '@miteinander/server-identity';
import { NominationLinksService } from '../awards/nomination-links.service';
import { NominationTokenQuery, PublicNominationDto } from '../dto/awards.dto';

/**
 * The nomination form for organisation contacts, without an account: the token in the mail's link is the key
 * (404 unknown, 410 expired); no session means no CSRF token is involved.
 */
@ApiTags('events')
@Public()
@Controller('public/nominate')
export class PublicNominationsController {
  constructor(private readonly links: NominationLinksService) {}

  @Get()
  form(@Query() query: NominationTokenQuery): Promise<NominationFormView> {
    return this.links.formView(query.token);
  }

  @Post()
  nominate(@Body() dto: PublicNominationDto): Promise<NominationView> {
    return this.links.publicNominate(dto);
  }
}
