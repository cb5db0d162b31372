import { Module } from '@nestjs/common';
import { PeopleModule } from '@miteinander/server-people';
import './messages';
import { OwnSponsorshipsController } from './http/own-sponsorships.controller';
import { SponsorshipsController } from './http/sponsorships.controller';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { OverdueCheckInsService } from './lists/overdue-check-ins.service';
import { SponsorshipExportService } from './lists/sponsorship-export.service';
import { SponsorshipListService } from './lists/sponsorship-list.service';
import { OwnSponsorshipsService } from './own/own-sponsorships.service';
import { RequestsService } from './requests/requests.service';
import { SponsorshipConfig } from './sponsorship-config';
import { SponsorshipReader } from './views/sponsorship-reader';
import { SponsorshipViews } from './views/sponsorship-views';

/** Sponsorship requests, the lifecycle from inquiry to closing, check-ins, lists and exports. */
@Module({
  imports: [PeopleModule],
  controllers: [OwnSponsorshipsController, SponsorshipsController],
  providers: [
    SponsorshipConfig, SponsorshipViews, SponsorshipReader, RequestsService, LifecycleService, SponsorshipListService, SponsorshipExportService,
    OverdueCheckInsService, OwnSponsorshipsService,
  ],
  // The demo data records its sponsorships through the same guards as coordinators do.
  exports: [RequestsService, LifecycleService],
})
export class SponsorshipsModule {}
