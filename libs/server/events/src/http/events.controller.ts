import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EventPage, EventView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { CancelEventDto, EventInputDto, EventListQueryDto } from '../dto/events.dto';
import { EventsService } from '../events/events.service';

/** Recognition events: coordinators and admins set them up, change them until they start, and cancel them. */
@ApiTags('events')
@Controller('events')
@Roles('coordinator', 'admin')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  list(@Query() query: EventListQueryDto): Promise<EventPage> {
    return this.events.list(query);
  }

  @Post()
  create(@CurrentUser() user: User, @Body() dto: EventInputDto): Promise<EventView> {
    return this.events.create(user.id, dto);
  }

  @Get(':id')
  get(@Param('id', uuidParam) id: string): Promise<EventView> {
    return this.events.get(id);
  }

  @Patch(':id')
  update(@Param('id', uuidParam) id: string, @Body() dto: EventInputDto): Promise<EventView> {
    return this.events.update(id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id', uuidParam) id: string, @Body() dto: CancelEventDto): Promise<EventView> {
    return this.events.cancel(id, dto.reason);
  }
}
