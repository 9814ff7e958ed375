export * from './lib/analytics.module';
export * from './lib/services/metrics.service';
