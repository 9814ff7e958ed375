export * from './lib/alerts.module';
export * from './lib/services/alert-evaluator.service';
export * from './lib/services/build-listener.service';
export * from './lib/entities/alert-rule.entity';
export * from './lib/entities/alert-firing.entity';
