import { Body, Controller, Get, Post, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PersonalDataExport, PrivacyRequestView } from '@miteinander/contracts';
import { CurrentUser, SignedIn, type User } from '@miteinander/server-identity';
import { PersonalExportService } from '../export/personal-export.service';
import { OwnErasureRequestDto } from './privacy-requests.dto';
import { PrivacyRequestsService } from './privacy-requests.service';

/** The signed-in person's own data: their account and the volunteer profile behind it. */
@ApiTags('privacy')
@SignedIn()
@Controller('privacy/me')
export class OwnPrivacyController {
  constructor(
    private readonly requests: PrivacyRequestsService,
    private readonly exports: PersonalExportService,
  ) {}

  @Get('export.json')
  exportJson(@CurrentUser() user: User): Promise<PersonalDataExport> {
    return this.exports.own(user.id);
  }

  @Get('export.pdf')
  exportPdf(@CurrentUser() user: User): Promise<StreamableFile> {
    return this.exports.ownPdf(user.id);
  }

  @Post('erasure-request')
  requestErasure(@CurrentUser() user: User, @Body() dto: OwnErasureRequestDto): Promise<PrivacyRequestView> {
    return this.requests.requestOwnErasure(user, dto);
  }
}
