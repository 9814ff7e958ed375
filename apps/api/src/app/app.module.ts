import { existsSync } from 'node:fs';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  type AppConfig,
  HealthModule,
  configModule,
  dataSourceOptions,
  loggingModule,
} from '@journey-atlas/api/platform';
import { AlertsModule } from '@journey-atlas/api/alerts';
import { AnalyticsModule } from '@journey-atlas/api/analytics';
import { DemoDataModule } from '@journey-atlas/api/demo-data';
import { GoalsModule } from '@journey-atlas/api/goals';
import { IdentityModule } from '@journey-atlas/api/identity';
import { IngestionModule } from '@journey-atlas/api/ingestion';
import { JourneysModule } from '@journey-atlas/api/journeys';
import { WorkspacesModule } from '@journey-atlas/api/workspaces';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Folder of the built Angular app; skipped (API only) when it does not exist. */
  webRoot?: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, webRoot }: AppOptions): DynamicModule {
    const serveWeb = webRoot !== undefined && existsSync(webRoot);
    if (webRoot !== undefined && !serveWeb) {
      new Logger(AppModule.name).warn(`No web build in ${webRoot}: serving the API only`);
    }
    return {
      module: AppModule,
      imports: [
        configModule(config),
        loggingModule(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          autoLoadEntities: true,
          // main and the test setup run migrations before the app starts.
          migrationsRun: false,
          retryAttempts: 1,
        }),
        ...(serveWeb
          ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })]
          : []),
        HealthModule,
        WorkspacesModule,
        IdentityModule,
        IngestionModule,
        DemoDataModule,
        JourneysModule.forRoot({ drainChanges: config.journeyWorker }),
        AnalyticsModule,
        AlertsModule,
        GoalsModule,
      ],
    };
  }
}
