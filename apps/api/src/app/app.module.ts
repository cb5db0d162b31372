import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type AppConfig } from '@miteinander/server-platform';
import { IDENTITY_ENTITIES, IdentityModule } from '@miteinander/server-identity';
import { AdminModule } from '@miteinander/server-admin';
import { NotificationsModule } from '@miteinander/server-notifications';
import { PEOPLE_ENTITIES, PeopleModule } from '@miteinander/server-people';
import { HOURS_ENTITIES, HoursModule } from '@miteinander/server-hours';
import { SPONSORSHIP_ENTITIES, SponsorshipsModule } from '@miteinander/server-sponsorships';
import { MATCHING_ENTITIES, MatchingModule } from '@miteinander/server-matching';
import { CARDS_ENTITIES, CardsModule } from '@miteinander/server-cards';
import { GrantsModule } from '@miteinander/server-grants';
import { EventsModule } from '@miteinander/server-events';
import { ReportingModule } from '@miteinander/server-reporting';
import { PrivacyModule } from '@miteinander/server-privacy';
import { HealthController } from './health.controller';

/** Every entity of every area: the api and the worker build the same DataSource from it. */
export const ALL_ENTITIES = [...IDENTITY_ENTITIES, ...PEOPLE_ENTITIES, ...HOURS_ENTITIES, ...SPONSORSHIP_ENTITIES, ...MATCHING_ENTITIES, ...CARDS_ENTITIES];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config, ALL_ENTITIES), IdentityModule, PeopleModule, HoursModule, SponsorshipsModule, MatchingModule, CardsModule, GrantsModule, EventsModule, ReportingModule, PrivacyModule, AdminModule, NotificationsModule],
      controllers: [HealthController],
    };
  }
}
