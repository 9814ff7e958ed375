export * from './lib/node-draft';
export * from './lib/pyramid-rows';
export * from './lib/pyramid.store';
