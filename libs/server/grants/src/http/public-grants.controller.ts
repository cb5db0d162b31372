import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FundedProject } from '@miteinander/contracts';
import { Public } from '@miteinander/server-identity';
import { FundedProjectsQuery } from '../dto/calls.dto';
import { FundedProjectsService } from '../public/funded-projects.service';

/** The best-practice page without sign-in: funded projects of past (closed) calls, with the applicants' consent only. */
@ApiTags('grants')
@Public()
@Controller('public/grants')
export class PublicGrantsController {
  constructor(private readonly projects: FundedProjectsService) {}

  @Get('projects')
  list(@Query() query: FundedProjectsQuery): Promise<FundedProject[]> {
    return this.projects.list(query.year);
  }
}
