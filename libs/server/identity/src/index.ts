import { AuthToken } from './entities/auth-token.entity';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';

export const IDENTITY_ENTITIES = [User, Session, AuthToken];

export { User, toUserView } from './entities/user.entity';
export { Session } from './entities/session.entity';
export { IdentityModule } from './identity.module';
export { IdentityHousekeeping } from './identity-housekeeping';
export { SetupService, type FirstAdmin } from './setup.service';
export { PasswordHasher } from './password-hasher';
export { Public, Roles, SignedIn, CurrentUser, PUBLIC_ROUTE, REQUIRED_ROLES, SIGNED_IN_ROUTE } from './http/decorators';
export { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } from './http/cookies';
