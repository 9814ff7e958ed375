export * from './lib/demo-data.module';
export * from './lib/services/demo-data.service';
export * from './lib/services/demo-plan';
