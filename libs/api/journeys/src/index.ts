export * from './lib/journeys.module';
export * from './lib/journey-worker.options';
export * from './lib/services/journey-builder.service';
export { ROLLUP_TABLES, type RollupTable } from './lib/sql/recount.sql';
export * from './lib/services/jobs.service';
export * from './lib/dto/job.dto';
export * from './lib/events/journey-build-events';
