import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RsvpView } from '@miteinander/contracts';
import { Public } from '@miteinander/server-identity';
import { RsvpAnswerDto, RsvpQuery } from '../dto/rsvp.dto';
import { RsvpService } from '../rsvp/rsvp.service';

/** The answer page without an account: the token in the mail's link is the key (404 unknown, 410 replaced). */
@ApiTags('events')
@Public()
@Controller('public/rsvp')
export class PublicRsvpController {
  constructor(private readonly rsvp: RsvpService) {}

  @Get()
  view(@Query() query: RsvpQuery): Promise<RsvpView> {
    return this.rsvp.view(query.token);
  }

  @Post()
  @HttpCode(200)
  answer(@Body() dto: RsvpAnswerDto): Promise<RsvpView> {
    return this.rsvp.answer(dto);
  }
}
