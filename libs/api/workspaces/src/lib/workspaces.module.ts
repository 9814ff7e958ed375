import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsController } from './channels.controller';
import { ChannelSettingEntity } from './entities/channel-setting.entity';
import { WorkspaceEntity } from './entities/workspace.entity';
import { ChannelSettingsService } from './services/channel-settings.service';
import { WorkspacesService } from './services/workspaces.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkspaceEntity, ChannelSettingEntity])],
  controllers: [ChannelsController],
  providers: [WorkspacesService, ChannelSettingsService],
  exports: [WorkspacesService, ChannelSettingsService],
})
export class WorkspacesModule {}
