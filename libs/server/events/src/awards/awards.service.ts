import './messages';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type AwardCategoryInput, type AwardCategoryView, type NominationInput, type NominationView } from '@miteinander/contracts';
import { AppError, AuditEntry, auditDiff, requestContext } from '@miteinander/server-platform';
import { loadEvent } from '../events/event-record';
import { EventsConfig } from '../events-config';
import { eventProblemsError } from '../problems';
import { categoryProblems, nominationProblems } from './nomination-input';
import { loadNominations } from './nomination-view';
import { recordNomination } from './record-nomination';
import { returnedRows } from './returned-rows';

interface CategoryRow {
  id: string;
  name: string;
  description: string;
}

const notFound = () => new AppError(404, ErrorCode.NotFound);

/** Award categories of an event, nominations by coordinators, and the choice of winners. */
@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: EventsConfig,
  ) {}

  /** Every category with its nominations (winners first). */
  async categories(eventId: string): Promise<AwardCategoryView[]> {
    return this.dataSource.transaction(async (m) => {
      await loadEvent(m, eventId);
      const categories: CategoryRow[] = await m.query(`SELECT id, name, description FROM event_award_categories WHERE event_id = $1 ORDER BY created_at, id`, [eventId]);
      const nominations = await loadNominations(m, { eventId });
      return categories.map((c) => ({ ...c, nominations: nominations.filter((n) => n.categoryId === c.id) }));
    });
  }

  async addCategory(eventId: string, input: AwardCategoryInput): Promise<AwardCategoryView> {
    const problems = categoryProblems(input);
    if (problems.length) throw eventProblemsError(problems);
    return this.dataSource.transaction(async (m) => {
      await loadEvent(m, eventId);
      const [row]: CategoryRow[] = await m.query(
        `INSERT INTO event_award_categories (event_id, name, description) VALUES ($1, $2, $3) RETURNING id, name, description`,
        [eventId, input.name.trim(), (input.description ?? '').trim()],
      );
      await this.audit(m, 'create', 'event_award_category', row!.id, { name: row!.name });
      return { ...row!, nominations: [] };
    });
  }

  async updateCategory(categoryId: string, input: AwardCategoryInput): Promise<AwardCategoryView> {
    const problems = categoryProblems(input);
    if (problems.length) throw eventProblemsError(problems);
    return this.dataSource.transaction(async (m) => {
      const [row] = returnedRows<CategoryRow>(
        await m.query(`UPDATE event_award_categories SET name = $2, description = $3 WHERE id = $1 RETURNING id, name, description`, [
          categoryId,
          input.name.trim(),
          (input.description ?? '').trim(),
        ]),
      );
      if (!row) throw notFound();
      await this.audit(m, 'update', 'event_award_category', categoryId, { name: row.name, description: row.description });
      const nominations = (await this.eventOfCategory(m, categoryId)).filter((n) => n.categoryId === categoryId);
      return { ...row, nominations };
    });
  }

  /** Removes the category with its nominations. */
  async deleteCategory(categoryId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = returnedRows<{ id: string }>(await m.query(`DELETE FROM event_award_categories WHERE id = $1 RETURNING id`, [categoryId]));
      if (!rows.length) throw notFound();
      await this.audit(m, 'delete', 'event_award_category', categoryId, {});
    });
  }

  /** A coordinator nominates a volunteer or an organisation (any of them) in one of the event's categories. */
  async nominate(eventId: string, input: NominationInput, actorUserId: string | null): Promise<NominationView> {
    const problems = nominationProblems(input);
    if (problems.length) throw eventProblemsError(problems);
    return this.dataSource.transaction(async (m) => {
      const event = await loadEvent(m, eventId);
      const [table, field] = input.volunteerId ? ['volunteers', 'volunteerId'] : ['organisations', 'organisationId'];
      const exists: unknown[] = await m.query(`SELECT 1 FROM ${table} WHERE id = $1`, [input.volunteerId ?? input.organisationId]);
      if (!exists.length) throw eventProblemsError([{ field, rule: field === 'volunteerId' ? 'unknownVolunteer' : 'unknownOrganisation' }]);
      const view = await recordNomination(m, event, this.config.now(), input, { userId: actorUserId });
      await this.audit(m, 'create', 'event_nomination', view.id, { categoryId: view.categoryId, nominee: view.nominee.name });
      return view;
    });
  }

  /** Marks (or unmarks) a nomination as a winner; several winners per category are allowed (shared prizes). */
  async setWinner(nominationId: string, winner: boolean): Promise<NominationView> {
    return this.dataSource.transaction(async (m) => {
      const rows = returnedRows<{ id: string }>(await m.query(`UPDATE event_nominations SET winner = $2 WHERE id = $1 RETURNING id`, [nominationId, winner]));
      if (!rows.length) throw notFound();
      await this.audit(m, 'update', 'event_nomination', nominationId, { winner });
      const [view] = await loadNominations(m, { nominationId });
      return view!;
    });
  }

  async deleteNomination(nominationId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = returnedRows<{ id: string }>(await m.query(`DELETE FROM event_nominations WHERE id = $1 RETURNING id`, [nominationId]));
      if (!rows.length) throw notFound();
      await this.audit(m, 'delete', 'event_nomination', nominationId, {});
    });
  }

  private async eventOfCategory(m: EntityManager, categoryId: string): Promise<NominationView[]> {
    const [row]: { event_id: string }[] = await m.query(`SELECT event_id FROM event_award_categories WHERE id = $1`, [categoryId]);
    return row ? loadNominations(m, { eventId: row.event_id }) : [];
  }

  /** Raw SQL bypasses the entity subscriber, so the audit row is written here, in the same transaction. */
  private async audit(m: EntityManager, action: 'create' | 'update' | 'delete', entity: string, entityId: string, after: Record<string, unknown>): Promise<void> {
    await m.insert(AuditEntry, { actorId: requestContext.actorId(), action, entity, entityId, diff: auditDiff(undefined, after) as never });
  }
}
