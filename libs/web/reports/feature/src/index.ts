export * from './lib/reports.routes';
export * from './lib/reports.page';
