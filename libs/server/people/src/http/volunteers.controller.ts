import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, VolunteerListItem, VolunteerView } from '@miteinander/contracts';
import { CurrentUser, Roles, SignedIn, type User } from '@miteinander/server-identity';
import { VolunteerListQueryDto } from '../dto/volunteer-list.query';
import { AddTrainingDto, ChangeVolunteerStatusDto, PoliceCertificateDto, QuickCreateVolunteerDto, SetConsentDto, UpdateVolunteerDto } from '../dto/volunteers.dto';
import { ConsentsService } from '../volunteers/consents.service';
import { PoliceCertificatesService } from '../volunteers/police-certificates.service';
import { TrainingsService } from '../volunteers/trainings.service';
import { VolunteerListService } from '../volunteers/volunteer-list.service';
import { VolunteersService } from '../volunteers/volunteers.service';
import { uuidParam } from './uuid-param';

/** Coordinators' (and admins') work with volunteer profiles. Own profiles: see OwnVolunteerController. */
@ApiTags('volunteers')
@Controller('volunteers')
export class VolunteersController {
  constructor(
    private readonly volunteers: VolunteersService,
    private readonly list: VolunteerListService,
    private readonly policeCertificates: PoliceCertificatesService,
    private readonly consents: ConsentsService,
    private readonly trainings: TrainingsService,
  ) {}

  @Get()
  @Roles('coordinator', 'admin')
  search(@Query() query: VolunteerListQueryDto): Promise<Page<VolunteerListItem>> {
    return this.list.list(query);
  }

  @Post()
  @Roles('coordinator', 'admin')
  create(@CurrentUser() actor: User, @Body() dto: QuickCreateVolunteerDto): Promise<VolunteerView> {
    return this.volunteers.quickCreate(actor, dto);
  }

  /** Staff read any profile (audited); a volunteer only their own, anyone else gets 404. */
  @Get(':id')
  @SignedIn()
  get(@CurrentUser() actor: User, @Param('id', uuidParam) id: string): Promise<VolunteerView> {
    return this.volunteers.get(actor, id);
  }

  @Patch(':id')
  @Roles('coordinator', 'admin')
  update(@Param('id', uuidParam) id: string, @Body() dto: UpdateVolunteerDto): Promise<VolunteerView> {
    return this.volunteers.update(id, dto);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  changeStatus(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: ChangeVolunteerStatusDto): Promise<VolunteerView> {
    return this.volunteers.changeStatus(actor, id, dto);
  }

  @Put(':id/police-certificate')
  @Roles('coordinator', 'admin')
  recordPoliceCertificate(@CurrentUser() actor: User, @Param('id', uuidParam) id: string, @Body() dto: PoliceCertificateDto): Promise<VolunteerView> {
    return this.policeCertificates.record(actor, id, dto);
  }

  @Delete(':id/police-certificate')
  @HttpCode(204)
  @Roles('coordinator', 'admin')
  deletePoliceCertificate(@Param('id', uuidParam) id: string): Promise<void> {
    return this.policeCertificates.remove(id);
  }

  @Put(':id/consents')
  @Roles('coordinator', 'admin')
  setConsent(@Param('id', uuidParam) id: string, @Body() dto: SetConsentDto): Promise<VolunteerView> {
    return this.consents.set(id, dto);
  }

  @Post(':id/trainings')
  @Roles('coordinator', 'admin')
  addTraining(@Param('id', uuidParam) id: string, @Body() dto: AddTrainingDto): Promise<VolunteerView> {
    return this.trainings.add(id, dto);
  }

  @Delete(':id/trainings/:trainingId')
  @Roles('coordinator', 'admin')
  removeTraining(@Param('id', uuidParam) id: string, @Param('trainingId', uuidParam) trainingId: string): Promise<VolunteerView> {
    return this.trainings.remove(id, trainingId);
  }
}
