import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OverdueCheckInItem, Page, PersonRef, SponsorshipListItem, SponsorshipView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { attachment } from '@miteinander/server-platform';
import { uuidParam } from '@miteinander/server-people';
import { ExportQueryDto, SponsorshipListQueryDto } from '../dto/list.query';
import { CreateSponsorshipDto, UpdateSponsorshipDto } from '../dto/sponsorship-request.dto';
import { RecordCheckInDto, SponsorshipTransitionDto } from '../dto/transition.dto';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { OverdueCheckInsService } from '../lists/overdue-check-ins.service';
import { SponsorshipExportService } from '../lists/sponsorship-export.service';
import { SponsorshipListService } from '../lists/sponsorship-list.service';
import { RequestsService } from '../requests/requests.service';
import { SponsorshipReader } from '../views/sponsorship-reader';

/** Coordinators' (and admins') work with sponsorship requests and pairings. Volunteers: OwnSponsorshipsController. */
@ApiTags('sponsorships')
@Controller('sponsorships')
@Roles('coordinator', 'admin')
export class SponsorshipsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly lifecycle: LifecycleService,
    private readonly reader: SponsorshipReader,
    private readonly lists: SponsorshipListService,
    private readonly exports: SponsorshipExportService,
    private readonly overdue: OverdueCheckInsService,
  ) {}

  @Get()
  list(@Query() query: SponsorshipListQueryDto): Promise<Page<SponsorshipListItem>> {
    return this.lists.list(query);
  }

  @Get('export')
  async export(@Query() query: ExportQueryDto): Promise<StreamableFile> {
    const file = await this.exports.export(query);
    return attachment(file.body, file.fileName, file.contentType);
  }

  @Get('coordinators')
  coordinators(): Promise<PersonRef[]> {
    return this.overdue.coordinators();
  }

  @Get('check-ins/overdue')
  overdueCheckIns(@CurrentUser() actor: User): Promise<OverdueCheckInItem[]> {
    return this.overdue.list(actor);
  }

  @Post()
  async create(@CurrentUser() actor: User, @Body() dto: CreateSponsorshipDto): Promise<SponsorshipView> {
    return this.reader.load(await this.requests.create(actor, dto));
  }

  @Get(':id')
  get(@CurrentUser() actor: User, @Param('id', uuidParam) id: string): Promise<SponsorshipView> {
    return this.reader.read(actor, id);
  }

  @Patch(':id')
  async update(@Param('id', uuidParam) id: string, @Body() dto: UpdateSponsorshipDto): Promise<SponsorshipView> {
    await this.requests.update(id, dto);
    return this.reader.load(id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  async transition(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: SponsorshipTransitionDto): Promise<SponsorshipView> {
    await this.lifecycle.transition(actor, id, dto);
    return this.reader.load(id);
  }

  @Post(':id/check-ins')
  async recordCheckIn(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: RecordCheckInDto): Promise<SponsorshipView> {
    await this.lifecycle.recordCheckIn(actor, id, dto);
    return this.reader.load(id);
  }

  @Post(':id/rematch')
  async rematch(@CurrentUser() actor: User, @Param('id', uuidParam) id: string): Promise<SponsorshipView> {
    return this.reader.load(await this.requests.rematch(actor, id));
  }
}
