import { Module } from '@nestjs/common';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalityLoader } from './municipality-loader';

@Module({ controllers: [MunicipalitiesController], providers: [MunicipalityLoader] })
export class PeopleModule {}
