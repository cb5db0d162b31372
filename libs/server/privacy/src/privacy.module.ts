import { Module } from '@nestjs/common';
import { RetentionJobsModule } from './retention/retention-jobs.module';
import './messages';
import { ErasureLedger } from './erasure/erasure-ledger';
import { ErasureService } from './erasure/erasure.service';
import { PersonalDataService } from './export/personal-data.service';
import { PersonalExportService } from './export/personal-export.service';
import { OwnPrivacyController } from './requests/own-privacy.controller';
import { PrivacyRequestsController } from './requests/privacy-requests.controller';
import { PrivacyRequestsService } from './requests/privacy-requests.service';

/**
 * DSGVO: access requests and the person's own export, erasure/anonymisation with the erasure ledger, retention
 * jobs. (Field encryption and the audit trail's protection live in the platform.)
 */
@Module({
  imports: [RetentionJobsModule],
  controllers: [PrivacyRequestsController, OwnPrivacyController],
  providers: [PrivacyRequestsService, PersonalDataService, PersonalExportService, ErasureService, ErasureLedger],
  exports: [ErasureLedger, PersonalDataService],
})
export class PrivacyModule {}
