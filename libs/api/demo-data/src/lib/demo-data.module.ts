import { Module } from '@nestjs/common';
import { IdentityModule } from '@journey-atlas/api/identity';
import { IngestionModule } from '@journey-atlas/api/ingestion';
import { DemoDataService } from './services/demo-data.service';

@Module({
  imports: [IdentityModule, IngestionModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
