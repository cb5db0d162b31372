import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type DecideHoursResult, type OrganisationApprovalView } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { CurrentUser, Public, Roles, type User } from '@miteinander/server-identity';
import { ApprovalLinksService } from '../approval-links.service';
import { ApprovalLinkDto, ApprovalTokenQuery, DecideHoursDto } from '../dto/hours.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

/** Staff email an organisation contact a capability link to approve their organisation's hours. */
@ApiTags('hours')
@Controller('organisations/:id/approval-links')
export class ApprovalLinksController {
  constructor(private readonly links: ApprovalLinksService) {}

  @Post()
  @HttpCode(204)
  @Roles('coordinator', 'admin')
  send(@CurrentUser() user: User, @Param('id', uuid) organisationId: string, @Body() dto: ApprovalLinkDto): Promise<void> {
    return this.links.send(user.id, organisationId, dto.contactId);
  }
}

/**
 * What the contact opens from the mail, without an account: only their organisation's waiting entries.
 * No session means no CSRF token is involved (as with the mail-preferences link); the token is the credential.
 */
@ApiTags('hours')
@Public()
@Controller('public/hour-approvals')
export class PublicHourApprovalsController {
  constructor(private readonly links: ApprovalLinksService) {}

  @Get()
  view(@Query() query: ApprovalTokenQuery): Promise<OrganisationApprovalView> {
    return this.links.view(query.token);
  }

  @Post('decisions')
  @HttpCode(200)
  decide(@Query() query: ApprovalTokenQuery, @Body() dto: DecideHoursDto): Promise<DecideHoursResult> {
    return this.links.decide(query.token, dto);
  }
}
