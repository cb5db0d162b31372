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
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE 'admin' = ANY(roles)`);
    if (count > 0) return null;
    const email = this.config.setup.adminEmail.toLowerCase();
    const password = this.config.setup.adminPassword ?? randomBytes(12).toString('base64url');
    const repo = this.dataSource.getRepository(User);
    const existing = await repo.findOneBy({ email });
    const user = existing ?? repo.create({ email, displayName: 'Administration', locale: 'de' });
    user.roles = [...new Set([...(user.roles ?? []), 'admin' as const])];
    user.passwordHash = await this.hasher.hash(password);
    user.emailVerifiedAt ??= new Date();
    user.active = true;
    await repo.save(user);
    this.logger.log(`Created the first admin account ${email}`);
    return { email, password: this.config.setup.adminPassword ? undefined : password };
  }
}
