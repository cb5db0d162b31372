import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { Beneficiary } from '../entities/beneficiary.entity';
import { Sponsorship } from '../entities/sponsorship.entity';

/** The sponsorship, locked until the transaction ends so two changes cannot interleave, and its family or pupil. 404 if unknown. */
export async function lockSponsorship(m: EntityManager, id: string): Promise<{ sponsorship: Sponsorship; beneficiary: Beneficiary }> {
  const sponsorship = await m.findOne(Sponsorship, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!sponsorship) throw new AppError(404, ErrorCode.NotFound);
  const beneficiary = await m.findOneOrFail(Beneficiary, { where: { id: sponsorship.beneficiaryId } });
  return { sponsorship, beneficiary };
}
