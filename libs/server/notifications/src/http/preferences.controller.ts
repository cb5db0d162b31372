import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MailPreferencesView } from '@miteinander/contracts';
import { CurrentUser, Public, SignedIn, type User } from '@miteinander/server-identity';
import { TokenOnlyDto, TokenPreferencesDto, TokenQuery, UpdatePreferencesDto } from '../dto';
import { PreferencesService } from '../preferences.service';

/** Preferences through the capability link in every mail: no sign-in needed. */
@ApiTags('mail-preferences')
@Public()
@Controller('mail-preferences')
export class PreferencesByLinkController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  async get(@Query() q: TokenQuery): Promise<MailPreferencesView> {
    return this.preferences.view(await this.preferences.emailForToken(q.token), true);
  }

  @Put()
  async update(@Body() dto: TokenPreferencesDto): Promise<MailPreferencesView> {
    const email = await this.preferences.emailForToken(dto.token);
    await this.preferences.update(email, dto.preferences);
    return this.preferences.view(email, true);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(@Body() dto: TokenOnlyDto): Promise<MailPreferencesView> {
    const email = await this.preferences.emailForToken(dto.token);
    await this.preferences.unsubscribeAll(email);
    return this.preferences.view(email, true);
  }

  /** RFC 8058 one-click unsubscribe: mail programs POST here from the List-Unsubscribe header. */
  @Post('one-click')
  @HttpCode(200)
  async oneClick(@Query() q: TokenQuery): Promise<{ unsubscribed: true }> {
    await this.preferences.unsubscribeAll(await this.preferences.emailForToken(q.token));
    return { unsubscribed: true };
  }
}

/** The signed-in person's own preferences, on the profile page. */
@ApiTags('mail-preferences')
@Controller('users/me/mail-preferences')
export class MyPreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @SignedIn()
  get(@CurrentUser() user: User): Promise<MailPreferencesView> {
    return this.preferences.view(user.email, false);
  }

  @Put()
  @SignedIn()
  async update(@CurrentUser() user: User, @Body() dto: UpdatePreferencesDto): Promise<MailPreferencesView> {
    await this.preferences.update(user.email, dto.preferences);
    return this.preferences.view(user.email, false);
  }
}
