import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ErrorCode, type DecideHoursResult, type HourEntryView, type HourTotals, type HoursLockView, type Page } from '@miteinander/contracts';
import { AppError, attachment } from '@miteinander/server-platform';
import { CurrentUser, Roles, SignedIn, type User } from '@miteinander/server-identity';
import { CertificateService } from '../certificate/certificate.service';
import { DecisionsService } from '../decisions.service';
import { CertificateQuery, CreateHourEntryDto, DecideHoursDto, HourListQueryDto, MyHoursQueryDto, SetLockDto, UpdateHourEntryDto } from '../dto/hours.dto';
import { HoursExportService } from '../export/hours-export.service';
import { docLang } from '../format';
import { HourEntriesService } from '../hour-entries.service';
import { PeriodLockService } from '../period-lock.service';
import { TotalsService } from '../totals.service';
import { VolunteerAccess } from '../volunteer-access';

const EMPTY_TOTALS: HourTotals = { thisYearMinutes: 0, rolling12MonthsMinutes: 0, averageMinutesPerWeek: 0, activeSince: null, totalMinutes: 0, pendingMinutes: 0, byYear: [] };
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

@ApiTags('hours')
@Controller('hours')
export class HoursController {
  constructor(
    private readonly entries: HourEntriesService,
    private readonly decisions: DecisionsService,
    private readonly totals: TotalsService,
    private readonly locks: PeriodLockService,
    private readonly exports: HoursExportService,
    private readonly certificates: CertificateService,
    private readonly access: VolunteerAccess,
  ) {}

  /** 201 with the new entry; 200 with the first one when the Idempotency-Key was already used. */
  @Post()
  @SignedIn()
  async create(
    @CurrentUser() user: User,
    @Body() dto: CreateHourEntryDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HourEntryView> {
    const { entry, created } = await this.entries.create(user, dto, idempotencyKey);
    if (!created) void reply.status(200);
    return entry;
  }

  @Get('mine')
  @SignedIn()
  mine(@CurrentUser() user: User, @Query() query: MyHoursQueryDto): Promise<Page<HourEntryView>> {
    return this.entries.listMine(user, query);
  }

  /** Without a volunteer profile every figure is simply zero. */
  @Get('mine/totals')
  @SignedIn()
  async myTotals(@CurrentUser() user: User): Promise<HourTotals> {
    const own = await this.access.ownVolunteerId(user);
    return own ? this.totals.forVolunteer(own) : EMPTY_TOTALS;
  }

  @Get('mine/certificate.pdf')
  @SignedIn()
  async myCertificate(@CurrentUser() user: User, @Query() query: CertificateQuery): Promise<StreamableFile> {
    const own = await this.access.ownVolunteerId(user);
    if (!own) throw new AppError(404, ErrorCode.NotFound);
    const file = await this.certificates.build(own, query.lang ?? docLang(user.locale), query.year);
    return attachment(file.pdf, file.fileName, 'application/pdf');
  }

  /** Staff list; `status=submitted` is the approval queue. */
  @Get()
  @Roles('coordinator', 'admin')
  list(@Query() query: HourListQueryDto): Promise<Page<HourEntryView>> {
    return this.entries.list(query);
  }

  @Get('export.csv')
  @Roles('coordinator', 'admin')
  exportCsv(@Query() query: HourListQueryDto): StreamableFile {
    const file = this.exports.csv(query);
    return attachment(file.stream, file.fileName, file.contentType);
  }

  @Get('export.xlsx')
  @Roles('coordinator', 'admin')
  exportXlsx(@Query() query: HourListQueryDto): StreamableFile {
    const file = this.exports.xlsx(query);
    return attachment(file.stream, file.fileName, file.contentType);
  }

  @Post('decisions')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  decide(@CurrentUser() user: User, @Body() dto: DecideHoursDto): Promise<DecideHoursResult> {
    return this.decisions.decide({ userId: user.id }, dto);
  }

  @Get('lock')
  @Roles('coordinator', 'admin')
  lock(): Promise<HoursLockView> {
    return this.locks.view();
  }

  @Put('lock')
  @Roles('coordinator', 'admin')
  setLock(@CurrentUser() user: User, @Body() dto: SetLockDto): Promise<HoursLockView> {
    return this.locks.set(user.id, dto.lockedThrough);
  }

  @Patch(':id')
  @SignedIn()
  update(@CurrentUser() user: User, @Param('id', uuid) id: string, @Body() dto: UpdateHourEntryDto): Promise<HourEntryView> {
    return this.entries.update(user, id, dto);
  }

  @Post(':id/withdraw')
  @SignedIn()
  @HttpCode(200)
  withdraw(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<HourEntryView> {
    return this.entries.withdraw(user, id);
  }
}
