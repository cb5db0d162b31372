import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { Session } from './entities/session.entity';
import { User } from './entities/user.entity';
import { hashToken, newSecretToken, preparedQuery } from '@miteinander/server-platform';

export interface ActiveSession {
  session: Session;
  user: User;
}

const TOUCH_EVERY_MS = 5 * 60_000;

const RESOLVE_SQL = `SELECT s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
              u.email, u.password_hash, u.display_name, u.roles, u.locale, u.active, u.email_verified_at, u.created_at AS user_created_at, u.updated_at AS user_updated_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now() AND u.active`;

interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  email: string;
  password_hash: string | null;
  display_name: string;
  roles: User['roles'];
  locale: User['locale'];
  active: boolean;
  email_verified_at: Date | null;
  user_created_at: Date;
  user_updated_at: Date;
}

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

  /**
   * The session and its user, if the token is known, unexpired and the user still active. Every request asks
   * this, so it is one plain statement rather than two ORM lookups.
   */
  async resolve(token: string): Promise<ActiveSession | null> {
    const runner = this.dataSource.createQueryRunner();
    let rows: SessionRow[];
    try {
      rows = await preparedQuery<SessionRow>(runner.manager, 'session-resolve', RESOLVE_SQL, [hashToken(token)]);
    } finally {
      await runner.release();
    }
    const row = rows[0];
    if (!row) return null;
    const session = Object.assign(new Session(), { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at });
    const user = Object.assign(new User(), {
      id: row.user_id,
      email: row.email,
      passwordHash: row.password_hash,
      displayName: row.display_name,
      roles: row.roles,
      locale: row.locale,
      active: row.active,
      emailVerifiedAt: row.email_verified_at,
      createdAt: row.user_created_at,
      updatedAt: row.user_updated_at,
    });
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
