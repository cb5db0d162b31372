import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type SponsorshipView } from '@miteinander/contracts';
import type { User } from '@miteinander/server-identity';
import { AppError, AuditEntry } from '@miteinander/server-platform';
import { SponsorshipViews } from './sponsorship-views';

/** Reads of a whole sponsorship. The record holds a family's or child's data: every staff read is audited. */
@Injectable()
export class SponsorshipReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: SponsorshipViews,
  ) {}

  async read(actor: User, id: string): Promise<SponsorshipView> {
    const view = await this.load(id);
    await this.dataSource.getRepository(AuditEntry).insert({ actorId: actor.id, action: 'read', entity: 'sponsorship', entityId: id, diff: null, purpose: 'case_work' });
    return view;
  }

  /** The sponsorship after a change (the change itself is audited; this read is not). */
  async load(id: string): Promise<SponsorshipView> {
    const view = await this.views.load(this.dataSource.manager, id);
    if (!view) throw new AppError(404, ErrorCode.NotFound);
    return view;
  }
}
