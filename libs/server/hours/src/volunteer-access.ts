import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import type { User } from '@miteinander/server-identity';
import { findVolunteer, isStaff } from './actor';

/** Whose hours an account may read: staff everyone's, a volunteer their own; anyone else gets the same 404. */
@Injectable()
export class VolunteerAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The account's own volunteer id, or null when it has no volunteer profile (yet). */
  async ownVolunteerId(user: User): Promise<string | null> {
    return (await findVolunteer(this.dataSource.manager, { userId: user.id }))?.id ?? null;
  }

  async readableVolunteerId(user: User, volunteerId: string): Promise<string> {
    const volunteer = await findVolunteer(this.dataSource.manager, { id: volunteerId });
    if (!volunteer || (!isStaff(user) && volunteer.userId !== user.id)) throw new AppError(404, ErrorCode.NotFound);
    return volunteer.id;
  }
}
