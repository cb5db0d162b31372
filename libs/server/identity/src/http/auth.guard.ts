import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { hasAnyRole } from '@miteinander/domain-identity';
import { ErrorCode, type Role } from '@miteinander/contracts';
import { AppError, requestContext } from '@miteinander/server-platform';
import { SessionService, type ActiveSession } from '../session.service';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './decorators';

export type AuthenticatedRequest = FastifyRequest & { auth?: ActiveSession; cookies: Record<string, string | undefined> };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Global guard: resolves the session cookie, checks the CSRF token on every state-changing request
 * of a signed-in browser, and refuses protected routes to anyone without a (matching) role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token) : null;
    if (auth) {
      request.auth = auth;
      const ctx = requestContext.current();
      if (ctx) ctx.actorId = auth.user.id;
      if (!SAFE_METHODS.has(request.method) && !sameSecret(request.headers[CSRF_HEADER] as string | undefined, auth.session.csrfToken)) {
        throw new AppError(403, ErrorCode.CsrfInvalid);
      }
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!auth) throw new AppError(401, ErrorCode.Unauthenticated);
    const required = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    if (!hasAnyRole(auth.user.roles, required)) throw new AppError(403, ErrorCode.Forbidden);
    return true;
  }
}
