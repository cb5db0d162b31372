import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VolunteerView } from '@miteinander/contracts';
import { policeCertificateProblems } from '@miteinander/domain-volunteers';
import type { User } from '@miteinander/server-identity';
import { invalid } from '@miteinander/server-platform';
import type { PoliceCertificateDto } from '../dto/volunteers.dto';
import { PoliceCertificateCheck } from '../entities/police-certificate-check.entity';
import { PeopleRules } from '../people-rules';
import { lockVolunteer } from './lock-volunteer';
import { VolunteersService } from './volunteers.service';

/** Records the facts of an extended police certificate inspection (§72a SGB VIII); never the document. */
@Injectable()
export class PoliceCertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersService,
    private readonly rules: PeopleRules,
  ) {}

  /** Replaces the record; the dates are checked against the configured rules before anything is written. */
  async record(actor: User, volunteerId: string, dto: PoliceCertificateDto): Promise<VolunteerView> {
    const problems = policeCertificateProblems(dto, this.rules.today(), this.rules.policeCertificate);
    if (problems.length) throw invalid(...problems);
    await this.dataSource.transaction(async (m) => {
      await lockVolunteer(m, volunteerId);
      const check = (await m.findOneBy(PoliceCertificateCheck, { volunteerId })) ?? m.create(PoliceCertificateCheck, { volunteerId });
      check.inspectionDate = dto.inspectionDate;
      check.issueDate = dto.issueDate;
      check.relevantEntry = dto.relevantEntry;
      check.inspector = dto.inspector;
      check.recordedBy = actor.id;
      check.recordedAt = new Date();
      await m.save(check);
    });
    return this.volunteers.load(volunteerId);
  }

  /** E.g. when the person never starts, or at the latest 3 months after the activity ends (domain guide). */
  async remove(volunteerId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await lockVolunteer(m, volunteerId);
      const check = await m.findOneBy(PoliceCertificateCheck, { volunteerId });
      if (check) await m.remove(check);
    });
  }
}
