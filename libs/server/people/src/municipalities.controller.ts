import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { MunicipalityView } from '@miteinander/contracts';
import { SignedIn } from '@miteinander/server-identity';
import { Municipality } from './entities/municipality.entity';

@ApiTags('people')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly dataSource: DataSource) {}

  /** The county's municipalities, alphabetical, "outside the county" last. */
  @Get()
  @SignedIn()
  list(): Promise<MunicipalityView[]> {
    return this.dataSource.getRepository(Municipality).find({ order: { outsideCounty: 'ASC', name: 'ASC' } });
  }
}
