import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GrantApplicationView, GrantPaymentView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { ApplicationViewService } from '../applications/application-view.service';
import { GrantPaymentPaidDto, GrantPaymentRequestDto, GrantReportCheckDto, GrantReportDto } from '../dto/payments.dto';
import { GrantPaymentsService } from '../payments/payments.service';
import { FinalReportsService } from '../reports/final-reports.service';

/** The fields the client sent (a DTO instance also carries its declared but unset keys). */
const given = (dto: object): Record<string, unknown> => Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));

/** Payment requests (Mittelabforderung), payments marked paid, and the final report with its check. */
@ApiTags('grants')
@Controller('grants/applications/:id')
export class GrantPaymentsController {
  constructor(
    private readonly payments: GrantPaymentsService,
    private readonly reports: FinalReportsService,
    private readonly views: ApplicationViewService,
  ) {}

  private view(user: User, id: string): Promise<GrantApplicationView> {
    return this.views.view(id, { userId: user.id, roles: user.roles });
  }

  @Post('payments')
  @Roles('applicant')
  request(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantPaymentRequestDto): Promise<GrantPaymentView> {
    return this.payments.request(user.id, id, dto.amountCents);
  }

  @Post('payments/:paymentId/paid')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  async markPaid(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Param('paymentId', uuidParam) paymentId: string, @Body() dto: GrantPaymentPaidDto): Promise<GrantApplicationView> {
    await this.payments.markPaid(user.id, id, paymentId, dto.paidOn);
    return this.view(user, id);
  }

  @Put('report')
  @Roles('applicant')
  @HttpCode(200)
  async saveReport(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantReportDto): Promise<GrantApplicationView> {
    await this.reports.save(user.id, id, given(dto));
    return this.view(user, id);
  }

  @Post('report/submit')
  @Roles('applicant')
  @HttpCode(200)
  async submitReport(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantReportDto): Promise<GrantApplicationView> {
    await this.reports.submit(user.id, id, given(dto));
    return this.view(user, id);
  }

  @Post('report/check')
  @Roles('coordinator', 'admin')
  @HttpCode(200)
  async checkReport(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: GrantReportCheckDto): Promise<GrantApplicationView> {
    await this.reports.check(user.id, id, dto);
    return this.view(user, id);
  }
}
