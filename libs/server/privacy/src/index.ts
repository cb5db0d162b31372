export { PrivacyModule } from './privacy.module';
export { RetentionJobsModule } from './retention/retention-jobs.module';
export { RetentionService } from './retention/retention.service';
export { RetentionScheduler } from './retention/retention-scheduler';
export { ErasureLedger } from './erasure/erasure-ledger';
export { PersonalDataService } from './export/personal-data.service';
export { PERSONAL_DATA_SOURCES, ACTOR_COLUMNS, coveredReferences } from './export/personal-data-map';
