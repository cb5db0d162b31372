import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { VolunteerView } from '@miteinander/contracts';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { SetConsentDto, UpdateOwnVolunteerDto } from '../dto/volunteers.dto';
import { ConsentsService } from '../volunteers/consents.service';
import { OwnVolunteerService } from '../volunteers/own-volunteer.service';

/** "My volunteering": a signed-in volunteer's own profile and consents. */
@ApiTags('volunteers')
@Roles('volunteer')
@Controller('volunteers/me')
export class OwnVolunteerController {
  constructor(
    private readonly own: OwnVolunteerService,
    private readonly consents: ConsentsService,
  ) {}

  /** Created from the account on the first call. */
  @Get()
  get(@CurrentUser() user: User): Promise<VolunteerView> {
    return this.own.get(user);
  }

  @Patch()
  update(@CurrentUser() user: User, @Body() dto: UpdateOwnVolunteerDto): Promise<VolunteerView> {
    return this.own.update(user, dto);
  }

  @Put('consents')
  async setConsent(@CurrentUser() user: User, @Body() dto: SetConsentDto): Promise<VolunteerView> {
    return this.consents.set(await this.own.ensureProfileId(user), dto);
  }
}
