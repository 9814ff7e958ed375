import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '@journey-atlas/api/analytics';
import { JourneyEventsModule } from '@journey-atlas/api/journeys';
import { WorkspacesModule } from '@journey-atlas/api/workspaces';
import { AlertsController } from './alerts.controller';
import { AlertFiringEntity } from './entities/alert-firing.entity';
import { AlertRuleEntity } from './entities/alert-rule.entity';
import { LiveController } from './live/live.controller';
import { LiveService } from './live/live.service';
import { AlertEvaluator } from './services/alert-evaluator.service';
import { AlertsService } from './services/alerts.service';
import { BuildListener } from './services/build-listener.service';

/** Journey alerts (rules, evaluation after each build, firings) and the live stream. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AlertRuleEntity, AlertFiringEntity]),
    WorkspacesModule,
    AnalyticsModule,
    JourneyEventsModule,
  ],
  controllers: [AlertsController, LiveController],
  providers: [AlertsService, AlertEvaluator, LiveService, BuildListener],
  exports: [AlertEvaluator, BuildListener],
})
export class AlertsModule {}
