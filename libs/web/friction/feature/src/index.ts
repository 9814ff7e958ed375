export * from './lib/friction.page';
