import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { hashToken, newSecretToken } from '@miteinander/server-platform';

export interface ActiveSession {
  session: Session;
  user: User;
}

const TOUCH_EVERY_MS = 5 * 60_000;

/** Server-side sessions: the cookie holds a random token, the database its hash and the CSRF token. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async create(userId: string, manager: EntityManager = this.dataSource.manager): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newSecretToken();
    const csrfToken = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3600_000);
    await manager.insert(Session, { id: hashToken(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The session and its user, if the token is known, unexpired and the user still active. */
  async resolve(token: string): Promise<ActiveSession | null> {
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: hashToken(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: session.userId });
    if (!user || !user.active) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: new Date() });
    }
    return { session, user };
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ id: hashToken(token) });
  }

  /** Signs a person out everywhere (password changed, account deactivated). */
  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager, exceptSessionId?: string): Promise<void> {
    const qb = manager.createQueryBuilder().delete().from(Session).where('user_id = :userId', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await qb.execute();
  }
}
