export * from './lib/pyramid.page';
