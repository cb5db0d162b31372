import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { VolunteerView } from '@miteinander/contracts';
import type { SetConsentDto } from '../dto/volunteers.dto';
import { VolunteerConsent } from '../entities/volunteer-consent.entity';
import { lockVolunteer } from './lock-volunteer';
import { VolunteersService } from './volunteers.service';

/**
 * Consent per purpose. Giving it adds a row (time, text version); withdrawing sets `withdrawn_at` on the current
 * row; giving it again adds a new row. Agreeing to a new text version closes the old row at the same moment.
 * Repeating the current state changes nothing.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersService,
  ) {}

  async set(volunteerId: string, dto: SetConsentDto): Promise<VolunteerView> {
    await this.dataSource.transaction(async (m) => {
      // The volunteer's lock serialises consent changes: at most one current row per purpose (also a unique index).
      await lockVolunteer(m, volunteerId);
      const current = await m.findOneBy(VolunteerConsent, { volunteerId, purpose: dto.purpose, withdrawnAt: IsNull() });
      if (current && (!dto.given || current.textVersion !== dto.textVersion)) {
        current.withdrawnAt = new Date();
        await m.save(current);
      }
      if (dto.given && current?.textVersion !== dto.textVersion) {
        await m.save(m.create(VolunteerConsent, { volunteerId, purpose: dto.purpose, textVersion: dto.textVersion, givenAt: new Date() }));
      }
    });
    return this.volunteers.load(volunteerId);
  }
}
