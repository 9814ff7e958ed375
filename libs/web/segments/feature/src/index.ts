export * from './lib/segments.page';
export * from './lib/segment-format';
