import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { ErrorCode, type MatchExclusionView } from '@miteinander/contracts';
import type { User } from '@miteinander/server-identity';
import { AppError, invalid } from '@miteinander/server-platform';
import type { CreateExclusionDto } from '../dto/exclusion.dto';
import { MatchExclusion } from '../entities/match-exclusion.entity';

interface ExclusionRow {
  id: string;
  volunteer_id: string;
  volunteer_name: string;
  reason: string;
  created_at: Date;
  creator: string | null;
}

/** Coordinators' exclusions of a pair: listed with the request's suggestions, never proposed while they stand. */
@Injectable()
export class ExclusionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(sponsorshipId: string): Promise<MatchExclusionView[]> {
    const rows: ExclusionRow[] = await this.dataSource.query(
      `SELECT x.id, x.volunteer_id, v.first_name || ' ' || v.last_name AS volunteer_name, x.reason, x.created_at, u.display_name AS creator
         FROM match_exclusions x JOIN volunteers v ON v.id = x.volunteer_id LEFT JOIN users u ON u.id = x.created_by
        WHERE x.sponsorship_id = $1 ORDER BY x.created_at, x.id`,
      [sponsorshipId],
    );
    return rows.map((r) => ({
      id: r.id,
      volunteer: { id: r.volunteer_id, name: r.volunteer_name },
      reason: r.reason,
      createdAt: new Date(r.created_at).toISOString(),
      createdBy: r.creator,
    }));
  }

  async create(actor: User, sponsorshipId: string, dto: CreateExclusionDto): Promise<MatchExclusionView> {
    const id = await this.dataSource.transaction(async (m) => {
      const [request] = await m.query(`SELECT 1 FROM sponsorships WHERE id = $1`, [sponsorshipId]);
      if (!request) throw new AppError(404, ErrorCode.NotFound);
      const [volunteer] = await m.query(`SELECT 1 FROM volunteers WHERE id = $1`, [dto.volunteerId]);
      if (!volunteer) throw invalid({ field: 'volunteerId', rule: 'unknownVolunteer' });
      const [existing] = await m.query(`SELECT 1 FROM match_exclusions WHERE sponsorship_id = $1 AND volunteer_id = $2`, [sponsorshipId, dto.volunteerId]);
      if (existing) throw invalid({ field: 'volunteerId', rule: 'alreadyExcluded' });
      try {
        const saved = await m.save(m.create(MatchExclusion, { sponsorshipId, volunteerId: dto.volunteerId, reason: dto.reason, createdBy: actor.id }));
        return saved.id;
      } catch (e) {
        // A double click racing past the check above meets the unique pair instead.
        if (e instanceof QueryFailedError && (e.driverError as { code?: string })?.code === '23505') throw invalid({ field: 'volunteerId', rule: 'alreadyExcluded' });
        throw e;
      }
    });
    const view = (await this.list(sponsorshipId)).find((x) => x.id === id);
    if (!view) throw new AppError(404, ErrorCode.NotFound);
    return view;
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const exclusion = await m.findOne(MatchExclusion, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!exclusion) throw new AppError(404, ErrorCode.NotFound);
      await m.remove(exclusion);
    });
  }
}
