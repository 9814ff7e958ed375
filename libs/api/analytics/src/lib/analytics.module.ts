import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { RequestAbortMiddleware } from '@journey-atlas/api/platform';
import { ChannelShiftsController } from './channel-shifts.controller';
import { ChannelShiftsService } from './services/channel-shifts.service';
import { CustomerJourneysController } from './customer-journeys.controller';
import { FrictionController } from './friction.controller';
import { JourneyMapController } from './journey-map.controller';
import { JourneySamplesController } from './journey-samples.controller';
import { MetricsController } from './metrics.controller';
import { PathsController } from './paths.controller';
import { AnalyticsRequests } from './services/analytics-requests.service';
import { AnswerCache } from './services/answer-cache.service';
import { CustomerJourneysService } from './services/customer-journeys.service';
import { FilterResolver } from './services/filter-resolver.service';
import { FrictionService } from './services/friction.service';
import { JourneyMapService } from './services/journey-map.service';
import { JourneySamplesService } from './services/journey-samples.service';
import { MetricsService } from './services/metrics.service';
import { PathsService } from './services/paths.service';
import { FlowGraphController } from './flow-graph.controller';
import { FlowGraphService } from './services/flow-graph.service';
import { SegmentsController } from './segments.controller';
import { SegmentCompareService } from './services/segment-compare.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './services/reports.service';

const CONTROLLERS = [
  MetricsController,
  JourneyMapController,
  FlowGraphController,
  PathsController,
  ChannelShiftsController,
  FrictionController,
  CustomerJourneysController,
  JourneySamplesController,
  SegmentsController,
  ReportsController,
];

/** Analytics over the journey engine's tables: metrics, maps, paths, friction, drill-downs. */
@Module({
  controllers: CONTROLLERS,
  providers: [
    FilterResolver,
    AnalyticsRequests,
    AnswerCache,
    MetricsService,
    JourneyMapService,
    FlowGraphService,
    PathsService,
    ChannelShiftsService,
    FrictionService,
    CustomerJourneysService,
    JourneySamplesService,
    SegmentCompareService,
    ReportsService,
  ],
  exports: [MetricsService, FilterResolver],
})
export class AnalyticsModule implements NestModule {
  /** Reads stop when their client goes away (analytics-transaction.ts). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestAbortMiddleware).forRoutes(...CONTROLLERS);
  }
}
