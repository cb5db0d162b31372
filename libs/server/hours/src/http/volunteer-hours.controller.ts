import { Controller, Get, Param, ParseUUIDPipe, Query, type StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type HourTotals } from '@miteinander/contracts';
import { AppError, attachment } from '@miteinander/server-platform';
import { CurrentUser, SignedIn, type User } from '@miteinander/server-identity';
import { CertificateService } from '../certificate/certificate.service';
import { CertificateQuery } from '../dto/hours.dto';
import { docLang } from '../format';
import { TotalsService } from '../totals.service';
import { VolunteerAccess } from '../volunteer-access';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

/** One volunteer's figures and certificate: staff for anyone, a volunteer for themselves, 404 for everyone else. */
@ApiTags('hours')
@Controller('volunteers/:id')
export class VolunteerHoursController {
  constructor(
    private readonly access: VolunteerAccess,
    private readonly totals: TotalsService,
    private readonly certificates: CertificateService,
  ) {}

  @Get('hour-totals')
  @SignedIn()
  async hourTotals(@CurrentUser() user: User, @Param('id', uuid) id: string): Promise<HourTotals> {
    return this.totals.forVolunteer(await this.access.readableVolunteerId(user, id));
  }

  @Get('certificate.pdf')
  @SignedIn()
  async certificate(@CurrentUser() user: User, @Param('id', uuid) id: string, @Query() query: CertificateQuery): Promise<StreamableFile> {
    const volunteerId = await this.access.readableVolunteerId(user, id);
    const file = await this.certificates.build(volunteerId, query.lang ?? docLang(user.locale), query.year);
    return attachment(file.pdf, file.fileName, 'application/pdf');
  }
}
