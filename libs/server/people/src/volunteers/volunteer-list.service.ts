import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LanguageSkill, Page, PoliceCertificateState, Skill, VolunteerListItem, VolunteerSortField, VolunteerStatus } from '@miteinander/contracts';
import { containsPattern } from '@miteinander/server-platform';
import type { VolunteerListQueryDto } from '../dto/volunteer-list.query';
import { PeopleRules } from '../people-rules';
import { SqlParams } from '../sql-params';
import { policeCertificateSql } from './police-certificate.sql';

/** Sort keys map to columns here and only here; ties broken by name and id so pages never overlap. */
const ORDER: Record<VolunteerSortField, (dir: 'ASC' | 'DESC') => string> = {
  lastName: (d) => `v.last_name ${d}, v.first_name ${d}, v.id ${d}`,
  municipality: (d) => `m.name ${d} NULLS LAST, v.last_name ${d}, v.first_name ${d}, v.id ${d}`,
  status: (d) => `v.status ${d}, v.last_name ${d}, v.first_name ${d}, v.id ${d}`,
  createdAt: (d) => `v.created_at ${d}, v.id ${d}`,
};

interface ListRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  municipality_id: number | null;
  municipality_name: string | null;
  languages: LanguageSkill[];
  skills: Skill[];
  status: VolunteerStatus;
  pc_state: PoliceCertificateState;
  pc_valid_until: string | null;
  created_at: Date;
}

/**
 * The coordinators' volunteer list: every filter of the query combined with AND, in one statement with bound
 * parameters. The language filter uses the jsonb containment the GIN index (jsonb_path_ops) answers.
 */
@Injectable()
export class VolunteerListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: PeopleRules,
  ) {}

  async list(query: VolunteerListQueryDto): Promise<Page<VolunteerListItem>> {
    const p = new SqlParams();
    const today = this.rules.today();
    const where: string[] = [];
    if (query.q) {
      const q = p.add(containsPattern(query.q.trim()));
      where.push(`(v.first_name ILIKE ${q} OR v.last_name ILIKE ${q} OR (v.first_name || ' ' || v.last_name) ILIKE ${q} OR v.email ILIKE ${q} OR v.phone ILIKE ${q})`);
    }
    if (query.municipalityId !== undefined) where.push(`v.municipality_id = ${p.add(query.municipalityId)}`);
    if (query.language) where.push(`v.languages @> ${p.add(JSON.stringify([{ code: query.language }]))}::jsonb`);
    if (query.skill) where.push(`${p.add(query.skill)} = ANY(v.skills)`);
    if (query.status) where.push(`v.status = ${p.add(query.status)}`);
    if (query.availability) where.push(`${p.add(query.availability)} = ANY(v.availability)`);
    if (query.policeCertificate) {
      where.push(`(${policeCertificateSql(p, this.rules.policeCertificate, today).state}) = ${p.add(query.policeCertificate)}`);
    }
    if (query.organisationId) {
      where.push(`EXISTS (SELECT 1 FROM volunteer_organisations vo WHERE vo.volunteer_id = v.id AND vo.organisation_id = ${p.add(query.organisationId)})`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const from = `FROM volunteers v
      LEFT JOIN municipalities m ON m.id = v.municipality_id
      LEFT JOIN police_certificate_checks p ON p.volunteer_id = v.id`;
    const order = ORDER[query.sort](query.direction === 'desc' ? 'DESC' : 'ASC');
    // The count takes only the filters' parameters; the page query adds its own after them.
    const filterValues = [...p.values];
    const pc = policeCertificateSql(p, this.rules.policeCertificate, today);
    const limit = p.add(query.pageSize);
    const offset = p.add((query.page - 1) * query.pageSize);

    const rows: ListRow[] = await this.dataSource.query(
      `SELECT v.id, v.first_name, v.last_name, v.email, v.phone, v.municipality_id, m.name AS municipality_name, v.languages, v.skills, v.status,
              ${pc.state} AS pc_state,
              CASE WHEN p.volunteer_id IS NULL THEN NULL ELSE ${pc.validUntil}::text END AS pc_valid_until,
              v.created_at
         ${from} ${whereSql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} ${whereSql}`, filterValues);
    return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
  }
}

function toItem(r: ListRow): VolunteerListItem {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    languages: r.languages,
    skills: r.skills,
    status: r.status,
    policeCertificate: { state: r.pc_state, validUntil: r.pc_valid_until },
    createdAt: new Date(r.created_at).toISOString(),
  };
}
