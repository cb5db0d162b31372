import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@miteinander/contracts';
import type { AuthenticatedRequest } from './auth.guard';

export const PUBLIC_ROUTE = 'identity:public';
export const REQUIRED_ROLES = 'identity:roles';
export const SIGNED_IN_ROUTE = 'identity:signed-in';

/** Open to anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Only for people holding one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Any signed-in person holding at least one role; the service then decides what is theirs.
 * Every route needs one of @Public, @Roles or @SignedIn: the guard refuses a route without a policy.
 */
export const SignedIn = (): MethodDecorator & ClassDecorator => SetMetadata(SIGNED_IN_ROUTE, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth?.user);
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth?.session);
