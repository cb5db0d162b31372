import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AddFromCriteriaResult, InvitationItem, InvitationPage, InvitationPreview, SendInvitationsResult } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { InvitationCriteriaDto, InvitationListQueryDto, ManualInviteeDto } from '../dto/invitations.dto';
import { InvitationListService } from '../invitations/invitation-list.service';
import { InvitationSenderService } from '../invitations/invitation-sender.service';

/** The guest list of an event (from criteria with a live count, or by hand) and sending the invitations. */
@ApiTags('events')
@Controller('events')
@Roles('coordinator', 'admin')
export class InvitationsController {
  constructor(
    private readonly list: InvitationListService,
    private readonly sender: InvitationSenderService,
  ) {}

  @Get(':id/invitations')
  invitations(@Param('id', uuidParam) id: string, @Query() query: InvitationListQueryDto): Promise<InvitationPage> {
    return this.list.list(id, query);
  }

  @Post(':id/invitations')
  addManual(@Param('id', uuidParam) id: string, @Body() dto: ManualInviteeDto): Promise<InvitationItem> {
    return this.list.addManual(id, dto);
  }

  @Post(':id/invitations/preview')
  @HttpCode(200)
  preview(@Param('id', uuidParam) id: string, @Body() dto: InvitationCriteriaDto): Promise<InvitationPreview> {
    return this.list.preview(id, dto.criteria);
  }

  @Post(':id/invitations/from-criteria')
  @HttpCode(200)
  addFromCriteria(@Param('id', uuidParam) id: string, @Body() dto: InvitationCriteriaDto): Promise<AddFromCriteriaResult> {
    return this.list.addFromCriteria(id, dto.criteria);
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  async remove(@Param('id', uuidParam) id: string, @Param('invitationId', uuidParam) invitationId: string): Promise<void> {
    await this.list.remove(id, invitationId);
  }

  @Post(':id/send-invitations')
  @HttpCode(200)
  send(@CurrentUser() user: User, @Param('id', uuidParam) id: string): Promise<SendInvitationsResult> {
    return this.sender.sendAll(id, user.id);
  }

  @Post(':id/invitations/:invitationId/resend')
  @HttpCode(200)
  resend(@Param('id', uuidParam) id: string, @Param('invitationId', uuidParam) invitationId: string): Promise<SendInvitationsResult> {
    return this.sender.resend(id, invitationId);
  }
}
