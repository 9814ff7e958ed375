import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@journey-atlas/api/identity';
import { ImportJobEntity } from './entities/import-job.entity';
import { TouchpointEntity } from './entities/touchpoint.entity';
import { ImportsController } from './imports.controller';
import { BulkWriterService } from './services/bulk-writer.service';
import { ImportJobsService } from './services/import-jobs.service';
import { ImportRunnerService } from './services/import-runner.service';
import { IngestionService } from './services/ingestion.service';
import { TouchpointWriterService } from './services/touchpoint-writer.service';
import { TouchpointsController } from './touchpoints.controller';

@Module({
  imports: [TypeOrmModule.forFeature([TouchpointEntity, ImportJobEntity]), IdentityModule],
  controllers: [TouchpointsController, ImportsController],
  providers: [
    IngestionService,
    TouchpointWriterService,
    BulkWriterService,
    ImportRunnerService,
    ImportJobsService,
  ],
  exports: [IngestionService, TouchpointWriterService],
})
export class IngestionModule {}
