export * from './lib/segment-definition';
export * from './lib/segments.store';
