import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AuditEntryView, Page } from '@miteinander/contracts';
import { Roles } from '@miteinander/server-identity';
import { AuditQuery } from './dto';

@ApiTags('audit')
@Roles('admin')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() q: AuditQuery): Promise<Page<AuditEntryView>> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from('audit_log', 'a')
      .leftJoin('users', 'u', 'u.id = a.actor_id')
      .select(['a.id AS id', 'a.at AS at', 'a.actor_id AS "actorId"', 'u.email AS "actorEmail"', 'a.action AS action', 'a.entity AS entity', 'a.entity_id AS "entityId"', 'a.diff AS diff']);
    if (q.entity) qb.andWhere('a.entity = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: q.entityId });
    if (q.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.from) qb.andWhere('a.at >= :from', { from: q.from });
    if (q.to) qb.andWhere('a.at < :to', { to: q.to });
    const total = await qb.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    const rows = await qb.orderBy('a.id', 'DESC').offset((q.page - 1) * q.pageSize).limit(q.pageSize).getRawMany<AuditEntryView & { at: Date }>();
    return {
      items: rows.map((r) => ({ ...r, id: String(r.id), at: new Date(r.at).toISOString() })),
      total: total?.n ?? 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
}
