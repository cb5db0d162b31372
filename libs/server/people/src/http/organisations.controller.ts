import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OrganisationRef, OrganisationView, Page } from '@miteinander/contracts';
import { CurrentUser, Roles, SignedIn, type User } from '@miteinander/server-identity';
import { OrganisationListQueryDto, SaveOrganisationDto } from '../dto/organisations.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { uuidParam } from './uuid-param';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('coordinator', 'admin')
  list(@Query() query: OrganisationListQueryDto): Promise<Page<OrganisationView>> {
    return this.organisations.list(query);
  }

  /** Any signed-in person: staff get all organisations, volunteers the ones they work for (hour form picker). */
  @Get('options')
  @SignedIn()
  options(@CurrentUser() user: User): Promise<OrganisationRef[]> {
    return this.organisations.options(user);
  }

  @Post()
  @Roles('coordinator', 'admin')
  create(@Body() dto: SaveOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(dto);
  }

  @Get(':id')
  @Roles('coordinator', 'admin')
  get(@Param('id', uuidParam) id: string): Promise<OrganisationView> {
    return this.organisations.get(id);
  }

  @Put(':id')
  @Roles('coordinator', 'admin')
  update(@Param('id', uuidParam) id: string, @Body() dto: SaveOrganisationDto): Promise<OrganisationView> {
    return this.organisations.update(id, dto);
  }
}
