import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { Volunteer } from '../entities/volunteer.entity';

/** Loads the volunteer for a change, locked until the transaction ends, so two changes cannot interleave. 404 if unknown. */
export async function lockVolunteer(m: EntityManager, id: string): Promise<Volunteer> {
  const v = await m.findOne(Volunteer, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!v) throw new AppError(404, ErrorCode.NotFound);
  return v;
}
