import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { GrantApplicationListItem, GrantApplicationView, GrantAttachmentView, GrantVersionDiff, GrantVersionView, Page } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { attachment } from '@miteinander/server-platform';
import { ApplicationViewService, type GrantViewer } from '../applications/application-view.service';
import { GrantApplicationsService } from '../applications/grant-applications.service';
import { GrantAttachmentsService } from '../attachments/attachments.service';
import { CreateGrantApplicationDto, GrantApplicationListQueryDto, GrantPrecheckDto, GrantVersionDiffQuery, SaveGrantDraftDto } from '../dto/applications.dto';
import { GrantPrecheckService } from '../precheck/precheck.service';
import { GrantVersionsService } from '../versions/versions.service';

const viewerOf = (user: User): GrantViewer => ({ userId: user.id, roles: user.roles });

/**
 * Applications: the applicant's drafts, submission, attachments and versions; the coordinators' list and pre-check.
 * Every route checks the record: someone else's application is a 404, like a missing one.
 */
@ApiTags('grants')
@Controller('grants')
export class GrantApplicationsController {
  constructor(
    private readonly applications: GrantApplicationsService,
    private readonly views: ApplicationViewService,
    private readonly attachments: GrantAttachmentsService,
    private readonly precheck: GrantPrecheckService,
    private readonly versions: GrantVersionsService,
  ) {}

  @Get('applications')
  @Roles('coordinator', 'admin')
  list(@Query() query: GrantApplicationListQueryDto): Promise<Page<GrantApplicationListItem>> {
    return this.applications.list(query);
  }

  @Get('my-applications')
  @Roles('applicant')
  mine(@CurrentUser() user: User): Promise<GrantApplicationListItem[]> {
    return this.applications.myApplications(user.id);
  }

  @Post('applications')
  @Roles('applicant')
  async create(@CurrentUser() user: User, @Body() dto: CreateGrantApplicationDto): Promise<GrantApplicationView> {
    const id = await this.applications.createDraft(user.id, dto.callId);
    return this.views.view(id, viewerOf(user));
  }

  @Get('applications/:id')
  @Roles('applicant', 'coordinator', 'admin')
  get(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<GrantApplicationView> {
    return this.views.view(id, viewerOf(user));
  }

  @Patch('applications/:id')
  @Roles('applicant')
  async save(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: SaveGrantDraftDto): Promise<GrantApplicationView> {
    await this.applications.saveDraft(user.id, id, dto.data);
    return this.views.view(id, viewerOf(user));
  }

  @Post('applications/:id/submit')
  @Roles('applicant')
  @HttpCode(200)
  async submit(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<GrantApplicationView> {
    await this.applications.submit(user.id, id);
    return this.views.view(id, viewerOf(user));
  }

  @Post('applications/:id/withdraw')
  @Roles('applicant')
  @HttpCode(200)
  async withdraw(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<GrantApplicationView> {
    await this.applications.withdraw(user.id, id);
    return this.views.view(id, viewerOf(user));
  }

  @Post('applications/:id/precheck')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  async decidePrecheck(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantPrecheckDto): Promise<GrantApplicationView> {
    await this.precheck.decide(user.id, id, dto);
    return this.views.view(id, viewerOf(user));
  }

  @Post('applications/:id/attachments')
  @Roles('applicant')
  @ApiConsumes('multipart/form-data')
  upload(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Req() request: FastifyRequest): Promise<GrantAttachmentView> {
    return this.attachments.upload(user.id, id, request);
  }

  @Get('applications/:id/attachments/:attachmentId')
  @Roles('applicant', 'coordinator', 'admin', 'reviewer')
  // The stored type is the sniffed one; the browser must not guess another.
  @Header('X-Content-Type-Options', 'nosniff')
  async download(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Param('attachmentId', uuidParam) attachmentId: string): Promise<StreamableFile> {
    const file = await this.attachments.download(viewerOf(user), id, attachmentId);
    return attachment(file.body, file.fileName, file.contentType);
  }

  @Delete('applications/:id/attachments/:attachmentId')
  @Roles('applicant')
  @HttpCode(204)
  async removeAttachment(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Param('attachmentId', uuidParam) attachmentId: string): Promise<void> {
    await this.attachments.remove(user.id, id, attachmentId);
  }

  @Get('applications/:id/versions')
  @Roles('applicant', 'coordinator', 'admin')
  versionList(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<GrantVersionView[]> {
    return this.versions.list(viewerOf(user), id);
  }

  @Get('applications/:id/versions/diff')
  @Roles('applicant', 'coordinator', 'admin')
  versionDiff(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Query() query: GrantVersionDiffQuery): Promise<GrantVersionDiff> {
    return this.versions.diff(viewerOf(user), id, query.from, query.to);
  }
}
