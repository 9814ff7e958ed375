export * from './lib/paths.page';
