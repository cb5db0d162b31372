import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type VolunteerView } from '@miteinander/contracts';
import { AppError, invalid } from '@miteinander/server-platform';
import type { AddTrainingDto } from '../dto/volunteers.dto';
import { VolunteerTraining } from '../entities/volunteer-training.entity';
import { PeopleRules } from '../people-rules';
import { lockVolunteer } from './lock-volunteer';
import { VolunteersService } from './volunteers.service';

/** Trainings a volunteer attended (printed on the certificate), so only dates up to today. */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly volunteers: VolunteersService,
    private readonly rules: PeopleRules,
  ) {}

  async add(volunteerId: string, dto: AddTrainingDto): Promise<VolunteerView> {
    if (dto.date > this.rules.today()) throw invalid({ field: 'date', rule: 'dateInFuture' });
    await this.dataSource.transaction(async (m) => {
      await lockVolunteer(m, volunteerId);
      await m.save(m.create(VolunteerTraining, { volunteerId, title: dto.title, date: dto.date, minutes: dto.minutes ?? null }));
    });
    return this.volunteers.load(volunteerId);
  }

  async remove(volunteerId: string, trainingId: string): Promise<VolunteerView> {
    await this.dataSource.transaction(async (m) => {
      await lockVolunteer(m, volunteerId);
      const training = await m.findOneBy(VolunteerTraining, { id: trainingId, volunteerId });
      if (!training) throw new AppError(404, ErrorCode.NotFound);
      await m.remove(training);
    });
    return this.volunteers.load(volunteerId);
  }
}
