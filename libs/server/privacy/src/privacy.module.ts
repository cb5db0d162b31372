import { Module } from '@nestjs/common';

/**
 * DSGVO: access requests and the person's own export, erasure/anonymisation with the erasure ledger, retention
 * jobs. (Field encryption and the audit trail's protection live in the platform.)
 */
@Module({})
export class PrivacyModule {}
