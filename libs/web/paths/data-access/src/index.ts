export * from './lib/paths-csv';
export * from './lib/paths-options';
export * from './lib/paths.store';
