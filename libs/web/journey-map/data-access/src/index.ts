export * from './lib/journey-map.dto';
export * from './lib/journey-map.store';
