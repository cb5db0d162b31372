import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type Locale } from '@miteinander/contracts';
import { AppError, MailService } from '@miteinander/server-platform';
import { User } from './entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { assertPasswordAcceptable } from './password-rules';
import { SessionService } from './session.service';
import { TokenService } from './token.service';
import type { LoginDto, PasswordResetConfirmDto, RegisterDto } from './dto/auth.dto';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailService,
  ) {}

  /**
   * Self-registration as volunteer or applicant. Answers the same whether or not the address is known,
   * so nobody can probe which addresses have accounts; a known unverified address gets a fresh link.
   */
  async register(dto: RegisterDto, requestLocale: Locale): Promise<void> {
    assertPasswordAcceptable(dto.password, 'password', dto.email);
    const passwordHash = await this.hasher.hash(dto.password);
    await this.dataSource.transaction(async (m) => {
      let user = await m.findOneBy(User, { email: dto.email });
      if (user && user.emailVerifiedAt) return;
      if (!user) {
        user = await m.save(
          m.create(User, { email: dto.email, passwordHash, displayName: dto.displayName, roles: [dto.role], locale: dto.locale ?? requestLocale }),
        );
      }
      const token = await this.tokens.issue(m, user.id, 'verify_email');
      await this.mail.queue(m, {
        template: 'verify-email',
        to: user.email,
        locale: user.locale,
        vars: { name: user.displayName, link: this.mail.link('verify-email', { token }) },
      });
    });
    this.mail.afterCommit();
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const used = await this.tokens.consume(m, token, ['verify_email']);
      if (!used) throw new AppError(400, ErrorCode.TokenInvalid);
      const user = await m.findOneByOrFail(User, { id: used.userId });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await m.save(user);
      }
    });
  }

  async login(dto: LoginDto, ip: string): Promise<{ user: User; token: string; csrfToken: string; expiresAt: Date }> {
    const verdict = await this.throttle.check(dto.email, ip);
    if (verdict.blocked) {
      throw new AppError(429, ErrorCode.TooManyAttempts, undefined, Math.ceil(verdict.retryAfterSeconds / 60), {
        'retry-after': String(verdict.retryAfterSeconds),
      });
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ email: dto.email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, dto.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(dto.email, ip);
      throw new AppError(401, ErrorCode.InvalidCredentials);
    }
    if (!user.active) throw new AppError(403, ErrorCode.AccountDeactivated);
    if (!user.emailVerifiedAt) throw new AppError(403, ErrorCode.EmailNotVerified);
    await this.throttle.recordSuccess(dto.email);
    const session = await this.sessions.create(user.id);
    return { user, ...session };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sessions.revoke(token);
  }

  /** Always answers the same; only an active account gets the email. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOneBy(User, { email });
      if (!user || !user.active) return;
      const token = await this.tokens.issue(m, user.id, 'password_reset');
      await this.mail.queue(m, {
        template: 'password-reset',
        to: user.email,
        locale: user.locale,
        vars: { name: user.displayName, link: this.mail.link('reset-password', { token }) },
      });
    });
    this.mail.afterCommit();
  }

  /** Sets a new password from a reset or invitation link; signs the person out everywhere else. */
  async confirmPasswordReset(dto: PasswordResetConfirmDto): Promise<void> {
    assertPasswordAcceptable(dto.password, 'password');
    const passwordHash = await this.hasher.hash(dto.password);
    await this.dataSource.transaction(async (m) => {
      const used = await this.tokens.consume(m, dto.token, ['password_reset', 'invitation']);
      if (!used) throw new AppError(400, ErrorCode.TokenInvalid);
      const user = await m.findOneByOrFail(User, { id: used.userId });
      assertPasswordAcceptable(dto.password, 'password', user.email);
      user.passwordHash = passwordHash;
      user.emailVerifiedAt ??= new Date();
      await m.save(user);
      await this.sessions.revokeAllForUser(user.id, m);
    });
  }
}
