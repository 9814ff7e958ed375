export * from './lib/journey-map.page';
