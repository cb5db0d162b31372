import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CheckInCounts, CheckInResult, DoorListEntry } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { uuidParam } from '@miteinander/server-people';
import { CheckInService } from '../checkin/check-in.service';
import { CheckInBatchDto, CheckInRequestDto } from '../dto/check-in.dto';

/** The phone at the door: the list for the offline name search, check-ins one by one or as a queued batch, live counts. */
@ApiTags('events')
@Roles('coordinator', 'admin')
@Controller('events')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Get(':id/door-list')
  doorList(@Param('id', uuidParam) id: string): Promise<DoorListEntry[]> {
    return this.checkIns.doorList(id);
  }

  /** 200 also for an unknown code (ok = false with a message), so the phone shows why. */
  @Post(':id/check-ins')
  @HttpCode(200)
  checkIn(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: CheckInRequestDto): Promise<CheckInResult> {
    return this.checkIns.checkIn(id, dto, user.id);
  }

  @Post(':id/check-ins/batch')
  @HttpCode(200)
  async batch(@CurrentUser() user: User, @Param('id', uuidParam) id: string, @Body() dto: CheckInBatchDto): Promise<{ results: CheckInResult[] }> {
    return { results: await this.checkIns.batch(id, dto.items, user.id) };
  }

  @Get(':id/check-in/counts')
  counts(@Param('id', uuidParam) id: string): Promise<CheckInCounts> {
    return this.checkIns.counts(id);
  }
}
