export * from './lib/overview-period';
export * from './lib/overview.store';
