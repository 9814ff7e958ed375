export * from './lib/goals.module';
export * from './lib/entities/goal-node.entity';
