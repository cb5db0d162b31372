import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type OrganisationRef, type OrganisationSortField, type OrganisationView, type Page } from '@miteinander/contracts';
import { isStaff, normaliseName, normalisePhone } from '@miteinander/domain-volunteers';
import type { User } from '@miteinander/server-identity';
import { AppError, containsPattern, invalid } from '@miteinander/server-platform';
import type { OrganisationContactDto, OrganisationListQueryDto, SaveOrganisationDto } from '../dto/organisations.dto';
import { Organisation } from '../entities/organisation.entity';
import { OrganisationContact } from '../entities/organisation-contact.entity';
import { assertMunicipalityExists } from '../reference-checks';
import { SqlParams } from '../sql-params';
import { OwnVolunteerService } from '../volunteers/own-volunteer.service';

const ORDER: Record<OrganisationSortField, (dir: 'ASC' | 'DESC') => string> = {
  name: (d) => `o.name ${d}, o.id ${d}`,
  kind: (d) => `o.kind ${d}, o.name ${d}, o.id ${d}`,
  createdAt: (d) => `o.created_at ${d}, o.id ${d}`,
};

interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationView['kind'];
  street: string | null;
  postal_code: string | null;
  municipality_id: number | null;
  municipality_name: string | null;
  volunteer_count: number;
  created_at: Date;
}

const SELECT = `SELECT o.id, o.name, o.kind, o.street, o.postal_code, o.municipality_id, m.name AS municipality_name, o.created_at,
       (SELECT count(*)::int FROM volunteer_organisations vo WHERE vo.organisation_id = o.id) AS volunteer_count
  FROM organisations o LEFT JOIN municipalities m ON m.id = o.municipality_id`;

/** Einsatzstellen / Träger with their contact people (who approve hours through emailed links). */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly own: OwnVolunteerService,
  ) {}

  async list(query: OrganisationListQueryDto): Promise<Page<OrganisationView>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (query.q) {
      const q = p.add(containsPattern(query.q.trim()));
      where.push(`(o.name ILIKE ${q} OR EXISTS (SELECT 1 FROM organisation_contacts c WHERE c.organisation_id = o.id AND (c.name ILIKE ${q} OR c.email ILIKE ${q})))`);
    }
    if (query.kind) where.push(`o.kind = ${p.add(query.kind)}`);
    if (query.municipalityId !== undefined) where.push(`o.municipality_id = ${p.add(query.municipalityId)}`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organisations o ${whereSql}`, p.values);
    const order = ORDER[query.sort](query.direction === 'desc' ? 'DESC' : 'ASC');
    const rows: OrganisationRow[] = await this.dataSource.query(
      `${SELECT} ${whereSql} ORDER BY ${order} LIMIT ${p.add(query.pageSize)} OFFSET ${p.add((query.page - 1) * query.pageSize)}`,
      p.values,
    );
    return { items: await this.withContacts(this.dataSource.manager, rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<OrganisationView> {
    return this.load(this.dataSource.manager, id);
  }

  /** For the hour form's picker: staff choose from all organisations, everyone else from the ones they work for. */
  /**
   * The hour form's picker. A volunteer's first visit also links the profile a coordinator recorded with
   * their confirmed email (or creates one), so the organisations the coordinator linked appear at once.
   */
  async options(user: User): Promise<OrganisationRef[]> {
    if (isStaff(user.roles)) return this.dataSource.query(`SELECT id, name FROM organisations ORDER BY name, id`);
    if (!user.roles.includes('volunteer')) return [];
    const volunteerId = await this.own.ensureProfileId(user);
    return this.dataSource.query(
      `SELECT o.id, o.name FROM organisations o JOIN volunteer_organisations vo ON vo.organisation_id = o.id
        WHERE vo.volunteer_id = $1 ORDER BY o.name, o.id`,
      [volunteerId],
    );
  }

  async create(dto: SaveOrganisationDto): Promise<OrganisationView> {
    assertDistinctContactEmails(dto.contacts);
    return this.dataSource.transaction(async (m) => {
      await assertMunicipalityExists(m, dto.municipalityId);
      const o = await m.save(m.create(Organisation, fields(dto)));
      await this.replaceContacts(m, o.id, dto.contacts);
      return this.load(m, o.id);
    });
  }

  async update(id: string, dto: SaveOrganisationDto): Promise<OrganisationView> {
    assertDistinctContactEmails(dto.contacts);
    return this.dataSource.transaction(async (m) => {
      const o = await m.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw new AppError(404, ErrorCode.NotFound);
      await assertMunicipalityExists(m, dto.municipalityId);
      await m.save(Object.assign(o, fields(dto)));
      await this.replaceContacts(m, id, dto.contacts);
      return this.load(m, id);
    });
  }

  /**
   * The list sent is the new list: contacts sent with their id are updated (keeping their approval links and the
   * decisions they made), those without an id are added, those left out are removed. Ids of another organisation's
   * contacts are refused.
   */
  private async replaceContacts(m: EntityManager, organisationId: string, contacts: OrganisationContactDto[]): Promise<void> {
    const existing = await m.findBy(OrganisationContact, { organisationId });
    const byId = new Map(existing.map((c) => [c.id, c]));
    for (const [i, c] of contacts.entries()) {
      if (c.id !== undefined && !byId.has(c.id)) throw invalid({ field: `contacts.${i}.id`, rule: 'unknownContact' });
    }
    const kept = new Set(contacts.map((c) => c.id).filter((id): id is string => id !== undefined));
    const removed = existing.filter((c) => !kept.has(c.id));
    if (removed.length) await m.remove(removed);
    for (const c of contacts) {
      const row = (c.id !== undefined ? byId.get(c.id) : undefined) ?? m.create(OrganisationContact, { organisationId });
      row.name = normaliseName(c.name);
      row.email = c.email;
      row.phone = c.phone ? normalisePhone(c.phone) : null;
      await m.save(row);
    }
  }

  private async load(m: EntityManager, id: string): Promise<OrganisationView> {
    const rows: OrganisationRow[] = await m.query(`${SELECT} WHERE o.id = $1`, [id]);
    if (rows.length === 0) throw new AppError(404, ErrorCode.NotFound);
    return (await this.withContacts(m, rows))[0]!;
  }

  private async withContacts(m: EntityManager, rows: OrganisationRow[]): Promise<OrganisationView[]> {
    if (rows.length === 0) return [];
    const contacts: { id: string; organisation_id: string; name: string; email: string; phone: string | null }[] = await m.query(
      `SELECT id, organisation_id, name, email, phone FROM organisation_contacts WHERE organisation_id = ANY($1::uuid[]) ORDER BY name, id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      street: r.street,
      postalCode: r.postal_code,
      municipalityId: r.municipality_id,
      municipalityName: r.municipality_name,
      contacts: contacts.filter((c) => c.organisation_id === r.id).map((c) => ({ id: c.id, name: c.name, email: c.email, phone: c.phone })),
      volunteerCount: r.volunteer_count,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }
}

function fields(dto: SaveOrganisationDto): Partial<Organisation> {
  return {
    name: normaliseName(dto.name),
    kind: dto.kind,
    street: dto.street ?? null,
    postalCode: dto.postalCode ?? null,
    municipalityId: dto.municipalityId ?? null,
  };
}

/** One organisation lists each contact address once; the second occurrence is named. */
function assertDistinctContactEmails(contacts: readonly { email: string }[]): void {
  const seen = new Set<string>();
  for (const [i, c] of contacts.entries()) {
    if (seen.has(c.email)) throw invalid({ field: `contacts.${i}.email`, rule: 'duplicateEmail' });
    seen.add(c.email);
  }
}
