export * from './lib/ingestion.module';
export * from './lib/touchpoints.controller';
export * from './lib/entities/touchpoint.entity';
export * from './lib/services/ingestion.service';
export * from './lib/services/ingest-session';
export * from './lib/services/touchpoint-writer.service';
export * from './lib/entities/import-job.entity';
export * from './lib/import/import-mapping';
