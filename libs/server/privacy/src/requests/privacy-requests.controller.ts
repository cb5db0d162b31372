import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ErasureResult, Page, PersonalDataExport, PrivacyRequestView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { ErasureService } from '../erasure/erasure.service';
import { PersonalExportService } from '../export/personal-export.service';
import { ErasureDto, PrivacyRequestCloseDto, PrivacyRequestDto, PrivacyRequestListQuery } from './privacy-requests.dto';
import { PrivacyRequestsService } from './privacy-requests.service';

/** Coordinators log and answer data-protection requests: access (export) and erasure. */
@ApiTags('privacy')
@Roles('coordinator', 'admin')
@Controller('privacy/requests')
export class PrivacyRequestsController {
  constructor(
    private readonly requests: PrivacyRequestsService,
    private readonly exports: PersonalExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Get()
  list(@Query() query: PrivacyRequestListQuery): Promise<Page<PrivacyRequestView>> {
    return this.requests.list(query);
  }

  @Post()
  create(@CurrentUser() user: User, @Body() dto: PrivacyRequestDto): Promise<PrivacyRequestView> {
    return this.requests.create(dto, user.id);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<PrivacyRequestView> {
    return this.requests.get(id);
  }

  @Get(':id/export.json')
  exportJson(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<PersonalDataExport> {
    return this.exports.forRequest(id, user.id);
  }

  @Get(':id/export.pdf')
  exportPdf(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    return this.exports.forRequestPdf(id, user.id);
  }

  @Post(':id/erase')
  @HttpCode(200)
  erase(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: ErasureDto): Promise<ErasureResult> {
    return this.erasure.erase(id, dto.confirmName, user.id);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: PrivacyRequestCloseDto): Promise<PrivacyRequestView> {
    return this.requests.close(id, dto, user.id);
  }
}
