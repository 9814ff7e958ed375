export * from './lib/data-quality.store';
export * from './lib/import-state';
export * from './lib/import-upload-http';
export * from './lib/import.store';
export * from './lib/rejected-rows-csv';
