import { Module } from '@nestjs/common';
import { AttendanceService } from './afterwards/attendance.service';
import { CertificatesService } from './afterwards/certificates.service';
import { ThankYouService } from './afterwards/thank-you.service';
import { AwardsService } from './awards/awards.service';
import { NominationLinksService } from './awards/nomination-links.service';
import { CheckInService } from './checkin/check-in.service';
import { EventsService } from './events/events.service';
import { EventsConfig } from './events-config';
import { AfterwardsController } from './http/afterwards.controller';
import { AwardsController } from './http/awards.controller';
import { CheckInController } from './http/check-in.controller';
import { EventsController } from './http/events.controller';
import { InvitationsController } from './http/invitations.controller';
import { PublicNominationsController } from './http/public-nominations.controller';
import { PublicRsvpController } from './http/public-rsvp.controller';
import { InvitationListService } from './invitations/invitation-list.service';
import { InvitationSenderService } from './invitations/invitation-sender.service';
import { RsvpService } from './rsvp/rsvp.service';
import './events/messages';
import './rsvp/messages';
import './awards/messages';

/**
 * Recognition events (domain-events decides): events, invitation lists from criteria, invitations with calendar file
 * and admission code, RSVP without login with a waiting list, check-in at the door, awards and nominations,
 * attendance, certificates (Urkunden) and thanks. Reminders are the `event-reminder` provider in notifications.
 */
@Module({
  controllers: [EventsController, InvitationsController, PublicRsvpController, CheckInController, AwardsController, PublicNominationsController, AfterwardsController],
  providers: [
    EventsConfig,
    EventsService,
    InvitationListService,
    InvitationSenderService,
    RsvpService,
    CheckInService,
    AwardsService,
    NominationLinksService,
    AttendanceService,
    CertificatesService,
    ThankYouService,
  ],
})
export class EventsModule {}
