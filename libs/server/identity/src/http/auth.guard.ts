import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { hasAnyRole } from '@miteinander/domain-identity';
import { ErrorCode, type Role } from '@miteinander/contracts';
import { APP_CONFIG, AppError, requestContext, type AppConfig } from '@miteinander/server-platform';
import { SessionService, type ActiveSession } from '../session.service';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { PUBLIC_ROUTE, REQUIRED_ROLES, SIGNED_IN_ROUTE } from './decorators';
import { isCrossSite } from './same-origin';

export type AuthenticatedRequest = FastifyRequest & { auth?: ActiveSession; cookies: Record<string, string | undefined> };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Global guard: resolves the session cookie, checks the CSRF token and the origin on every state-changing
 * request of a signed-in browser, and refuses protected routes to anyone without a (matching) role.
 * A route without an explicit policy (@Public, @Roles, @SignedIn) is refused to everyone: forgetting one
 * must close the door, not open it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token) : null;
    if (auth) {
      request.auth = auth;
      const ctx = requestContext.current();
      if (ctx) ctx.actorId = auth.user.id;
      // Both: the token proves the page could read our cookie, the origin that the browser sent it from our site.
      if (!SAFE_METHODS.has(request.method)) {
        if (!sameSecret(request.headers[CSRF_HEADER] as string | undefined, auth.session.csrfToken)) throw new AppError(403, ErrorCode.CsrfInvalid);
        if (isCrossSite(request, this.config.http.publicUrl)) throw new AppError(403, ErrorCode.CsrfInvalid);
      }
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const signedIn = this.reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_ROUTE, targets);
    if (!required && !signedIn) {
      this.logger.error(`Route without an access policy refused: ${context.getClass().name}.${context.getHandler().name} (add @Public, @Roles or @SignedIn)`);
      throw new AppError(403, ErrorCode.Forbidden);
    }
    if (!auth) throw new AppError(401, ErrorCode.Unauthenticated);
    if (!hasAnyRole(auth.user.roles, required ?? [])) throw new AppError(403, ErrorCode.Forbidden);
    return true;
  }
}
