import { type DynamicModule, Module } from '@nestjs/common';
import { WorkspacesModule } from '@journey-atlas/api/workspaces';
import { JourneyEventsModule } from './events/journey-build-events';
import { JobsController } from './jobs.controller';
import {
  DEFAULT_JOURNEY_WORKER_OPTIONS,
  JOURNEY_WORKER_OPTIONS,
  type JourneyWorkerOptions,
} from './journey-worker.options';
import { JourneysController } from './journeys.controller';
import { ChangeListener } from './services/change-listener.service';
import { JobWorker } from './services/job-worker.service';
import { JobsService } from './services/jobs.service';
import { JourneyBuilder } from './services/journey-builder.service';
import { SettingsController } from './settings/settings.controller';
import { SettingsService } from './settings/settings.service';

/**
 * The journey engine: set-based rebuilds, the job queue and its in-process worker.
 * Import as is for the defaults, or through forRoot to tune the worker.
 */
@Module({
  imports: [WorkspacesModule, JourneyEventsModule],
  controllers: [JourneysController, JobsController, SettingsController],
  providers: [
    JourneyBuilder,
    JobsService,
    JobWorker,
    ChangeListener,
    SettingsService,
    { provide: JOURNEY_WORKER_OPTIONS, useValue: DEFAULT_JOURNEY_WORKER_OPTIONS },
  ],
  exports: [JourneyBuilder, JobsService],
})
export class JourneysModule {
  static forRoot(options: Partial<JourneyWorkerOptions>): DynamicModule {
    return {
      module: JourneysModule,
      providers: [
        {
          provide: JOURNEY_WORKER_OPTIONS,
          useValue: { ...DEFAULT_JOURNEY_WORKER_OPTIONS, ...options },
        },
      ],
    };
  }
}
