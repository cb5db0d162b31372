import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { SessionView } from '@miteinander/contracts';
import { requestContext } from '@miteinander/server-platform';
import { AuthService } from '../auth.service';
import { LoginDto, PasswordResetConfirmDto, PasswordResetRequestDto, RegisterDto, TokenDto } from '../dto/auth.dto';
import { toUserView } from '../entities/user.entity';
import type { AuthenticatedRequest } from './auth.guard';
import { SessionCookies } from './session-cookies';
import { Public } from './decorators';
import { SESSION_COOKIE } from './cookies';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  /** Who is signed in (null if nobody) and the CSRF token the web app must echo. */
  @Get('session')
  session(@Req() req: AuthenticatedRequest): SessionView {
    return { user: req.auth ? toUserView(req.auth.user) : null, csrfToken: req.auth?.session.csrfToken ?? null };
  }

  @Post('register')
  @HttpCode(202)
  async register(@Body() dto: RegisterDto): Promise<{ status: 'check-your-email' }> {
    await this.auth.register(dto, requestContext.current()?.locale ?? 'de');
    return { status: 'check-your-email' };
  }

  @Post('verify-email')
  @HttpCode(204)
  async verifyEmail(@Body() dto: TokenDto): Promise<void> {
    await this.auth.verifyEmail(dto.token);
  }

  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    const result = await this.auth.login(dto, req.ip);
    this.cookies.set(reply, result.token, result.csrfToken, result.expiresAt);
    return { user: toUserView(result.user), csrfToken: result.csrfToken };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(req.cookies?.[SESSION_COOKIE]);
    this.cookies.clear(reply);
  }

  @Post('password-reset/request')
  @HttpCode(202)
  async requestReset(@Body() dto: PasswordResetRequestDto): Promise<{ status: 'check-your-email' }> {
    await this.auth.requestPasswordReset(dto.email);
    return { status: 'check-your-email' };
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  async confirmReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.auth.confirmPasswordReset(dto);
  }
}
