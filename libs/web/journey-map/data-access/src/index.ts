export * from './lib/journey-map.dto';
export * from './lib/journey-map.store';
export * from './lib/journey-samples';
export * from './lib/journey-samples.store';
