import { Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InvitationPage, ThankYouResult } from '@miteinander/contracts';
import { Roles } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { attachment } from '@miteinander/server-platform';
import { AttendanceService } from '../afterwards/attendance.service';
import { CertificatesService } from '../afterwards/certificates.service';
import { ThankYouService } from '../afterwards/thank-you.service';
import { AttendanceQueryDto, CertificatesQueryDto } from '../dto/afterwards.dto';

/** After the event (coordinators and admins): who came, the attendance file, Urkunden, the thank-you mail. */
@ApiTags('events')
@Roles('coordinator', 'admin')
@Controller('events')
export class AfterwardsController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly certificates: CertificatesService,
    private readonly thanks: ThankYouService,
  ) {}

  @Get(':id/attendance')
  page(@Param('id', uuidParam) id: string, @Query() query: AttendanceQueryDto): Promise<InvitationPage> {
    return this.attendance.page(id, query);
  }

  @Get(':id/attendance.xlsx')
  async xlsx(@Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const file = await this.attendance.xlsx(id);
    return attachment(file.body, file.fileName, file.contentType);
  }

  @Get(':id/certificates.pdf')
  async certificatesPdf(@Param('id', uuidParam) id: string, @Query() query: CertificatesQueryDto): Promise<StreamableFile> {
    const file = await this.certificates.pdf(id, query.who);
    return attachment(file.body, file.fileName, 'application/pdf');
  }

  @Post(':id/thank-you')
  @HttpCode(200)
  thankYou(@Param('id', uuidParam) id: string): Promise<ThankYouResult> {
    return this.thanks.send(id);
  }
}
