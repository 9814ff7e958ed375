export * from './lib/filters/filter-params';
export * from './lib/filters/filter-state';
export * from './lib/load-state';
export * from './lib/route-query';
