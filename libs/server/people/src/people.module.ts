import { Module } from '@nestjs/common';
import './messages';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalityLoader } from './municipality-loader';
import { PeopleRules } from './people-rules';
import { OrganisationsController } from './http/organisations.controller';
import { OwnVolunteerController } from './http/own-volunteer.controller';
import { VolunteersController } from './http/volunteers.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { ConsentsService } from './volunteers/consents.service';
import { OwnVolunteerService } from './volunteers/own-volunteer.service';
import { PoliceCertificatesService } from './volunteers/police-certificates.service';
import { TrainingsService } from './volunteers/trainings.service';
import { VolunteerListService } from './volunteers/volunteer-list.service';
import { VolunteerViews } from './volunteers/volunteer-views';
import { VolunteersService } from './volunteers/volunteers.service';

/** Volunteers (profiles, status, police-certificate facts, consents, trainings), organisations and municipalities. */
@Module({
  controllers: [MunicipalitiesController, OwnVolunteerController, VolunteersController, OrganisationsController],
  providers: [
    MunicipalityLoader, PeopleRules, VolunteerViews, VolunteersService, VolunteerListService, OwnVolunteerService,
    PoliceCertificatesService, ConsentsService, TrainingsService, OrganisationsService,
  ],
  exports: [OwnVolunteerService, VolunteersService, PeopleRules],
})
export class PeopleModule {}
