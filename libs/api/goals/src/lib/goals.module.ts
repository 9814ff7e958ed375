import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '@journey-atlas/api/analytics';
import { GoalNodeEntity } from './entities/goal-node.entity';
import { GoalsController } from './goals.controller';
import { GoalTreeService } from './services/goal-tree.service';
import { GoalsService } from './services/goals.service';

/** The metrics pyramid (DESIGN.md): stored goals and metrics, computed by the engine. */
@Module({
  imports: [TypeOrmModule.forFeature([GoalNodeEntity]), AnalyticsModule],
  controllers: [GoalsController],
  providers: [GoalsService, GoalTreeService],
})
export class GoalsModule {}
