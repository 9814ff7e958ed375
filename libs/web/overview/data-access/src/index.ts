export * from './lib/overview-period';
export * from './lib/overview.store';
export * from './lib/entry-points.store';
export * from './lib/live-feed';
