import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { createDataSource, type EntityList } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { openReadDataSource, READ_DATA_SOURCE } from './read-data-source';

export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgres | null,
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
  ) {}

  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: EMBEDDED_POSTGRES,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) =>
            config.database.url
              ? null
              : startEmbeddedPostgres({ dataDir: config.database.dataDir, maxConnections: config.database.poolSize + 2 }),
        },
        {
          provide: DataSource,
          inject: [APP_CONFIG, EMBEDDED_POSTGRES],
          useFactory: async (config: AppConfig, embedded: EmbeddedPostgres | null) => {
            const url = config.database.url ?? embedded!.url;
            // PGlite is a single database session shared by all its connections: concurrent transactions on
            // several connections interleave in it (seen losing a job's claim). One connection serialises them.
            const dataSource = createDataSource(url, entities, embedded ? 1 : config.database.poolSize);
            await dataSource.initialize();
            if (config.database.runMigrations) {
              const ran = await dataSource.runMigrations();
              if (ran.length) new Logger('Database').log(`Applied ${ran.length} migration(s)`);
            }
            return dataSource;
          },
        },
        {
          // Without a replica, reads go to the primary: the same DataSource, so nothing changes for a single server.
          provide: READ_DATA_SOURCE,
          inject: [APP_CONFIG, DataSource],
          useFactory: (config: AppConfig, primary: DataSource) =>
            config.database.readUrl ? openReadDataSource(config.database.readUrl, entities, config.database.poolSize) : primary,
        },
      ],
      exports: [DataSource, READ_DATA_SOURCE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reads !== this.dataSource && this.reads.isInitialized) await this.reads.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.embedded) {
      await this.embedded.stop();
      this.logger.log('Embedded PostgreSQL stopped');
    }
  }
}
