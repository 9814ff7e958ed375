import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkspacesModule } from '@journey-atlas/api/workspaces';
import { CustomersController } from './customers.controller';
import { DataQualityController } from './data-quality.controller';
import { CustomerChangeEntity } from './entities/customer-change.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { CustomerEntity } from './entities/customer.entity';
import { IdentityHistoryEntity } from './entities/identity-history.entity';
import { IdentitySettingsEntity } from './entities/identity-settings.entity';
import { CustomerProfileService } from './services/customer-profile.service';
import { CustomersService } from './services/customers.service';
import { DataQualityService } from './services/data-quality.service';
import { IdentifierReferenceService } from './services/identifier-reference.service';
import { IdentitySettingsService } from './services/identity-settings.service';
import { SplitService } from './services/split.service';
import { StitchingService } from './services/stitching.service';
import { WorkspaceLookupService } from './services/workspace-lookup.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      IdentitySettingsEntity,
      CustomerEntity,
      CustomerIdentifierEntity,
      IdentityHistoryEntity,
      CustomerChangeEntity,
    ]),
    WorkspacesModule,
  ],
  controllers: [CustomersController, DataQualityController],
  providers: [
    IdentitySettingsService,
    StitchingService,
    WorkspaceLookupService,
    IdentifierReferenceService,
    CustomerProfileService,
    CustomersService,
    SplitService,
    DataQualityService,
  ],
  exports: [IdentitySettingsService, StitchingService, WorkspaceLookupService],
})
export class IdentityModule {}
