import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@journey-atlas/api/identity';
import { TouchpointEntity } from './entities/touchpoint.entity';
import { IngestionService } from './services/ingestion.service';
import { TouchpointWriterService } from './services/touchpoint-writer.service';
import { TouchpointsController } from './touchpoints.controller';

@Module({
  imports: [TypeOrmModule.forFeature([TouchpointEntity]), IdentityModule],
  controllers: [TouchpointsController],
  providers: [IngestionService, TouchpointWriterService],
  exports: [IngestionService, TouchpointWriterService],
})
export class IngestionModule {}
