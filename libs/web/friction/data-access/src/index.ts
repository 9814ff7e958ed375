export * from './lib/friction-options';
export * from './lib/friction.store';
