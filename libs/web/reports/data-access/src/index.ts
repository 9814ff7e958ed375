export * from './lib/report-params';
export * from './lib/reports.store';
