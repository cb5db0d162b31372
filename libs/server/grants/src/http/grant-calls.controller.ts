import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type GrantCallView, type OpenGrantCall } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { GrantCallsService } from '../calls/grant-calls.service';
import { GrantCallInputDto, GrantCallStatusDto } from '../dto/calls.dto';

/** Funding calls: coordinators and admins set them up; everyone signed in sees the open (and paused) ones. */
@ApiTags('grants')
@Controller('grants/calls')
@Roles('coordinator', 'admin')
export class GrantCallsController {
  constructor(private readonly calls: GrantCallsService) {}

  @Get()
  list(): Promise<GrantCallView[]> {
    return this.calls.list();
  }

  @Get('open')
  @Roles(...ROLES)
  open(): Promise<OpenGrantCall[]> {
    return this.calls.openCalls();
  }

  @Post()
  create(@CurrentUser() user: User, @Body() dto: GrantCallInputDto): Promise<GrantCallView> {
    return this.calls.create(user.id, dto);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<GrantCallView> {
    return this.calls.get(id);
  }

  @Patch(':id')
  update(@Param('id', uuidParam) id: string, @Body() dto: GrantCallInputDto): Promise<GrantCallView> {
    return this.calls.update(id, dto);
  }

  @Post(':id/status')
  @HttpCode(200)
  setStatus(@Param('id', uuidParam) id: string, @Body() dto: GrantCallStatusDto): Promise<GrantCallView> {
    return this.calls.setStatus(id, dto);
  }
}
