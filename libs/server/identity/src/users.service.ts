import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canReadUser } from '@miteinander/domain-identity';
import { ErrorCode, type Page, type UserView } from '@miteinander/contracts';
import { AppError, MailService, containsPattern } from '@miteinander/server-platform';
import { toUserView, User } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { assertPasswordAcceptable } from './password-rules';
import { SessionService } from './session.service';
import { TokenService } from './token.service';
import type { ChangePasswordDto, InviteUserDto, ListUsersQuery, UpdateProfileDto, UpdateUserDto } from './dto/users.dto';

const SORT_COLUMNS = { email: 'u.email', displayName: 'u.display_name', createdAt: 'u.created_at' } as const;

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly mail: MailService,
  ) {}

  /** Authorisation on the record: admins see everyone, others only themselves (same 404 either way). */
  async get(actor: User, id: string): Promise<UserView> {
    if (!canReadUser(actor, id)) throw new AppError(404, ErrorCode.NotFound);
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new AppError(404, ErrorCode.NotFound);
    return toUserView(user);
  }

  async updateProfile(actor: User, dto: UpdateProfileDto): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.findOneByOrFail(User, { id: actor.id });
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.locale !== undefined) user.locale = dto.locale;
      return toUserView(await m.save(user));
    });
  }

  async changePassword(actor: User, currentSessionId: string, dto: ChangePasswordDto): Promise<void> {
    if (!(await this.hasher.verify(actor.passwordHash, dto.currentPassword))) {
      throw new AppError(400, ErrorCode.InvalidCredentials, [{ field: 'currentPassword', message: '' }]);
    }
    assertPasswordAcceptable(dto.newPassword, 'newPassword', actor.email);
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOneByOrFail(User, { id: actor.id });
      user.passwordHash = passwordHash;
      await m.save(user);
      await this.sessions.revokeAllForUser(user.id, m, currentSessionId);
    });
  }

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (query.q) qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(query.q) });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    qb.orderBy(SORT_COLUMNS[query.sort], query.direction === 'asc' ? 'ASC' : 'DESC').addOrderBy('u.id', 'ASC');
    qb.skip((query.page - 1) * query.pageSize).take(query.pageSize);
    const [users, total] = await qb.getManyAndCount();
    return { items: users.map(toUserView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Creates the account and emails a link to set a password; the link also confirms the address. */
  async invite(actor: User, dto: InviteUserDto): Promise<UserView> {
    const view = await this.dataSource.transaction(async (m) => {
      if (await m.existsBy(User, { email: dto.email })) {
        throw new AppError(409, ErrorCode.EmailTaken, [{ field: 'email', message: '' }]);
      }
      const user = await m.save(
        m.create(User, { email: dto.email, displayName: dto.displayName, roles: dto.roles, locale: dto.locale ?? 'de', passwordHash: null }),
      );
      const token = await this.tokens.issue(m, user.id, 'invitation');
      await this.mail.queue(m, {
        template: 'invitation',
        to: user.email,
        locale: user.locale,
        vars: { name: user.displayName, inviter: actor.displayName, link: this.mail.link('reset-password', { token, invitation: '1' }) },
      });
      return toUserView(user);
    });
    this.mail.afterCommit();
    return view;
  }

  /** Admins change roles and (de)activate; deactivation signs the person out at once. */
  async update(actor: User, id: string, dto: UpdateUserDto): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new AppError(404, ErrorCode.NotFound);
      if (dto.roles !== undefined) user.roles = dto.roles;
      if (dto.active !== undefined) user.active = dto.active;
      await this.assertAdminRemains(m, user);
      const saved = await m.save(user);
      if (!saved.active) await this.sessions.revokeAllForUser(saved.id, m);
      return toUserView(saved);
    });
  }

  /** Concurrency-safe: admins are locked while we count, so two admins cannot demote each other at once. */
  private async assertAdminRemains(m: EntityManager, changed: User): Promise<void> {
    if (changed.active && changed.roles.includes('admin')) return;
    const others: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1 FOR UPDATE`,
      [changed.id],
    );
    if (others.length === 0) throw new AppError(409, ErrorCode.LastAdmin);
  }
}
