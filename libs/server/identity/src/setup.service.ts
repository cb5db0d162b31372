import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import { User } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';

export interface FirstAdmin {
  email: string;
  /** Only set when this start generated the password (never echoes ADMIN_PASSWORD). */
  password?: string;
}

/** Advisory-lock key of the first-admin check (any constant of this app's own). */
const FIRST_ADMIN_LOCK = 7_301_001;

/** First start: creates an admin account if none exists, so someone can sign in. */
@Injectable()
export class SetupService {
  private readonly logger = new Logger('Setup');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async ensureFirstAdmin(): Promise<FirstAdmin | null> {
    const email = this.config.setup.adminEmail.toLowerCase();
    const password = this.config.setup.adminPassword ?? randomBytes(12).toString('base64url');
    const created = await this.dataSource.transaction(async (m) => {
      // Several api processes may start at once on an empty database: one creates the admin, the others wait and see it.
      await m.query(`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM users WHERE 'admin' = ANY(roles)`);
      if (count > 0) return false;
      const repo = m.getRepository(User);
      const existing = await repo.findOneBy({ email });
      const user = existing ?? repo.create({ email, displayName: 'Administration', locale: 'de' });
      user.roles = [...new Set([...(user.roles ?? []), 'admin' as const])];
      user.passwordHash = await this.hasher.hash(password);
      user.emailVerifiedAt ??= new Date();
      user.active = true;
      await repo.save(user);
      return true;
    });
    if (!created) return null;
    this.logger.log(`Created the first admin account ${email}`);
    return { email, password: this.config.setup.adminPassword ? undefined : password };
  }
}
