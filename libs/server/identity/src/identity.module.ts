import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthService } from './auth.service';
import { IdentityHousekeeping } from './identity-housekeeping';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SetupService } from './setup.service';
import { TokenService } from './token.service';
import { UsersService } from './users.service';
import { AuthController } from './http/auth.controller';
import { AuthGuard } from './http/auth.guard';
import { SessionCookies } from './http/session-cookies';
import { UsersController } from './http/users.controller';

@Module({
  controllers: [AuthController, UsersController],
  providers: [
    AuthService, UsersService, SessionService, TokenService, LoginThrottleService, PasswordHasher, SetupService, SessionCookies, IdentityHousekeeping,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, SetupService, PasswordHasher],
})
export class IdentityModule {}
