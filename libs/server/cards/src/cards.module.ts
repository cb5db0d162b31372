import { Module } from '@nestjs/common';
import { PeopleModule } from '@miteinander/server-people';
import './messages';
import { ApplicationsService } from './applications/applications.service';
import { CardDecisionsService } from './applications/decisions.service';
import { OwnCardService } from './applications/own-card.service';
import { PublicCardLinksService } from './applications/public-links.service';
import { CardsService } from './card/cards.service';
import { CardsConfig } from './cards-config';
import { EligibilityService } from './eligibility/eligibility.service';
import { EligibilityExportService } from './eligibility/report-export.service';
import { EligibilityReportService } from './eligibility/report.service';
import { CardsController } from './http/cards.controller';
import { OwnCardController } from './http/own-card.controller';
import { PublicCardsController } from './http/public-cards.controller';
import { RuleSetSeeder } from './rules/rule-set-seeder';
import { RuleSetsService } from './rules/rule-sets.service';

/** Honorary card: rule sets, eligibility (domain-cards decides), applications with confirmations, decisions, cards. */
@Module({
  imports: [PeopleModule],
  controllers: [CardsController, OwnCardController, PublicCardsController],
  providers: [
    CardsConfig,
    RuleSetSeeder,
    RuleSetsService,
    EligibilityService,
    EligibilityReportService,
    EligibilityExportService,
    ApplicationsService,
    CardDecisionsService,
    PublicCardLinksService,
    OwnCardService,
    CardsService,
  ],
  exports: [EligibilityService],
})
export class CardsModule {}
