import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, type Page, type UserView } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { UsersService } from '../users.service';
import { ChangePasswordDto, InviteUserDto, ListUsersQuery, UpdateProfileDto, UpdateUserDto } from '../dto/users.dto';
import { toUserView, type User } from '../entities/user.entity';
import type { Session } from '../entities/session.entity';
import { CurrentSession, CurrentUser, Roles, SignedIn } from './decorators';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @SignedIn()
  me(@CurrentUser() user: User): UserView {
    return toUserView(user);
  }

  @Patch('me')
  @SignedIn()
  updateMe(@CurrentUser() user: User, @Body() dto: UpdateProfileDto): Promise<UserView> {
    return this.users.updateProfile(user, dto);
  }

  @Post('me/password')
  @SignedIn()
  @HttpCode(204)
  changePassword(@CurrentUser() user: User, @CurrentSession() session: Session, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(user, session.id, dto);
  }

  @Get()
  @Roles('admin')
  list(@Query() query: ListUsersQuery): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Post()
  @Roles('admin')
  invite(@CurrentUser() actor: User, @Body() dto: InviteUserDto): Promise<UserView> {
    return this.users.invite(actor, dto);
  }

  @Get(':id')
  @SignedIn()
  get(@CurrentUser() actor: User, @Param('id', uuid) id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentUser() actor: User, @Param('id', uuid) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
