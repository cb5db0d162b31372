import { DynamicModule, Global, Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FieldCipher, installFieldCipher } from './field-cipher';
import { resolveEncryptionKeys } from './encryption-keys';
import { FieldEncryptionService } from './field-encryption.service';

/**
 * Installs the field cipher before anything reads the database, and at start-up encrypts what is still plain
 * or under an older key (the migration cannot: SQL has no key). Workers leave the sweep to the api.
 */
@Global()
@Module({})
export class CryptoModule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly encryption: FieldEncryptionService,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    const cipher = new FieldCipher(resolveEncryptionKeys(config));
    installFieldCipher(cipher);
    return {
      module: CryptoModule,
      providers: [{ provide: FieldCipher, useValue: cipher }, FieldEncryptionService],
      exports: [FieldCipher, FieldEncryptionService],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role !== 'worker') await this.encryption.reencryptAll();
  }
}
